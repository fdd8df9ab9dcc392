import type { CommunicationTemplate } from "./template-types";

/*
 * Czech cannot decline a name or an organisation's name inserted by a program, so the sentences keep them in the
 * nominative (in apposition: "v organizaci {organisation}", or after a colon). The salutation is the formal
 * generic one even when the name is known: the vocative of an arbitrary name cannot be formed reliably. Formal
 * address (vykání) throughout, with no past participle or adjective that would assume the reader's gender.
 */
export const TEMPLATE_CS: CommunicationTemplate = {
  language: "cs",
  subject: "Důležitá informace o vašich osobních údajích – {organisation}",
  salutationNamed: "Vážená paní, vážený pane,",
  salutationGeneric: "Vážená paní, vážený pane,",
  intro: "informujeme vás o incidentu v organizaci {organisation}, který se týká vašich osobních údajů.",
  headings: {
    whatHappened: "Co se stalo",
    information: "Kterých údajů se incident týká",
    consequences: "Co to pro vás může znamenat",
    measures: "Co jsme již učinili",
    planned: "Co ještě učiníme",
    advice: "Co můžete udělat vy",
    contact: "Máte-li dotazy",
  },
  nature: {
    confidentiality: "Některé vaše údaje mohly vidět nebo získat osoby, které k nim neměly mít přístup.",
    integrity: "Některé vaše údaje mohly být bez oprávnění změněny.",
    availability: "Po určitou dobu jsme neměli přístup k některým vašim údajům, nebo se část z nich ztratila.",
  },
  narrative: {
    access: {
      confirmed: "Některé vaše údaje viděly osoby, které k nim neměly mít přístup.",
      ruled_out: "Některé vaše údaje byly přístupné osobám, které k nim neměly mít přístup; podle našeho šetření je však nikdo neotevřel.",
      unknown: "Některé vaše údaje mohly vidět osoby, které k nim neměly mít přístup.",
    },
    exfiltration: {
      confirmed: "Některé vaše údaje zkopírovaly nebo odcizily osoby, které k nim neměly mít přístup.",
      ruled_out: "Zjistili jsme, že údaje nebyly zkopírovány ani odcizeny.",
      unknown: "Nemůžeme vyloučit, že údaje byly zkopírovány.",
    },
    integrity: "Některé vaše údaje byly bez oprávnění změněny.",
    integrityUsed: "Změněné údaje byly použity dříve, než jsme je opravili.",
    integrityNotUsed: "Změněné údaje jsme opravili dříve, než byly použity.",
    availability: "Po určitou dobu jsme neměli přístup k některým vašim údajům.",
    availabilityLost: "Některé vaše údaje byly ztraceny a nelze je obnovit.",
    careDisrupted: "V důsledku toho bylo nutné odložit některé návštěvy nebo ošetření.",
    system: "Dotčený systém: {systems}",
    occurredOn: "K incidentu došlo {occurred}.",
    occurredPeriod: "Incident trval od {occurred} do {contained}.",
    occurredOngoing: "Incident začal {occurred} a dosud nebyl zcela vyřešen.",
  },
  discoveredOn: "O incidentu jsme se dozvěděli {date}.",
  dataItems: "Konkrétně: {dataItems}",
  informationIntro: "Incident se týká těchto údajů o vás:",
  dataCategories: {
    identification: "údaje, podle kterých vás lze identifikovat",
    contact: "vaše kontaktní údaje, například telefonní číslo a e-mailová adresa",
    credentials: "vaše uživatelské jméno a heslo k našim online službám",
    financial: "vaše bankovní nebo platební údaje",
    official_id: "identifikační čísla, například rodné číslo nebo číslo pasu",
    location: "údaje o vaší poloze nebo pohybu",
    behavioural: "údaje o vašich zvycích a preferencích",
    communications: "obsah zpráv mezi vámi a námi",
    images: "fotografie nebo videozáznamy",
    medical_images: "lékařské snímky, například rentgenové, ultrazvukové nebo CT snímky",
    health: "údaje o vašem zdravotním stavu, například diagnózy, léčba nebo výsledky vyšetření",
    genetic: "genetické údaje",
    biometric: "biometrické údaje, například otisky prstů",
    racial_ethnic: "údaje o vašem etnickém původu",
    political: "údaje o vašich politických názorech",
    religious: "údaje o vašem náboženství nebo přesvědčení",
    trade_union: "údaje o členství v odborech",
    sex_life: "údaje o vašem sexuálním životě nebo sexuální orientaci",
    criminal: "údaje o odsouzeních nebo trestných činech",
  },
  consequences: {
    loss_of_confidentiality_health: "Nepovolané osoby by se mohly dozvědět o vašem zdravotním stavu.",
    disclosure_of_sensitive_data: "Nepovolané osoby by se mohly dozvědět velmi citlivé informace o vás.",
    identity_fraud: "Někdo by se mohl vydávat za vás, například aby si na vaše jméno založil účet.",
    phishing_and_impersonation: "Mohou vám přicházet podvodné zprávy nebo telefonáty, které budou předstírat, že pocházejí od nás.",
    account_takeover: "Někdo by se mohl pokusit přihlásit k vašim účtům.",
    financial_loss: "Někdo by se mohl pokusit vybrat peníze z vašeho účtu nebo zneužít vaši platební kartu.",
    discrimination_or_reputation:
      "Pokud by se údaje dostaly k dalším osobám, mohlo by s vámi být jednáno nespravedlivě nebo by to pro vás mohlo být nepříjemné.",
    distress: "Je pochopitelné, že vás může znepokojovat, kdo vaše údaje viděl.",
    disrupted_care: "Mohlo by dojít ke zpoždění některých návštěv nebo ošetření.",
    incorrect_records: "Některé údaje ve vaší zdravotnické dokumentaci mohou být nesprávné, dokud je nezkontrolujeme.",
    permanent_data_loss: "Část vaší dokumentace byla ztracena a nelze ji obnovit.",
  },
  measuresIntro: "Jakmile jsme se o incidentu dozvěděli, přijali jsme tato opatření:",
  advice: {
    change_password: "Změňte si heslo k našim online službám. Pokud stejné heslo používáte i jinde, změňte je i tam.",
    watch_phishing:
      "Dbejte zvýšené opatrnosti u e-mailů, SMS a telefonátů, které předstírají, že jsou od nás. Nikdy vás nebudeme " +
      "žádat o heslo ani o bankovní údaje. Máte-li pochybnosti, hovor ukončete a zavolejte nám na číslo, " +
      "které znáte.",
    watch_bank_statements:
      "V následujících měsících kontrolujte výpisy z účtu. Objevíte-li platbu, kterou neznáte, neprodleně to oznamte své bance.",
    identity_fraud:
      "Všímejte si dopisů týkajících se úvěrů, smluv nebo účtů, o nichž nic nevíte. Pokud k tomu dojde, " +
      "oznamte to policii a dotčené společnosti. Můžete také požádat o vydání nového dokladu totožnosti.",
    health_information:
      "Z údajů mohou být patrné podrobnosti o vašem zdravotním stavu nebo léčbě. Pokud vás to znepokojuje " +
      "nebo o tom chcete mluvit, obraťte se na nás. Na vaše dotazy si rádi uděláme čas.",
    continuity_of_care:
      "Máte-li v nejbližší době objednanou návštěvu nebo potřebujete-li recept, zavolejte nám, abychom " +
      "zajistili, že vaše péče bude pokračovat.",
  },
  contact: "Kontaktní osoba: {contactName}, {contactDetails}.",
  closing: "Velmi nás mrzí, že k incidentu došlo, a omlouváme se za starosti, které vám to může způsobit.",
  signOff: "S pozdravem\n{organisation}",
  public: {
    subject: "Oznámení o incidentu týkajícím se osobních údajů – {organisation}",
    title: "Oznámení o incidentu týkajícím se osobních údajů – {organisation}",
    intro:
      "V organizaci {organisation} došlo k incidentu, který se týká osobních údajů. Protože nemůžeme " +
      "kontaktovat každého jednotlivě, zveřejňujeme toto oznámení.",
    concerns: "Incident se týká těchto skupin osob: {groups}.",
    subjectGroups: {
      patients: "pacienti",
      children: "děti",
      employees: "zaměstnanci",
      customers: "zákazníci",
      job_applicants: "uchazeči o zaměstnání",
      students: "studenti",
      vulnerable_adults: "zranitelné osoby",
      other: "další osoby",
    },
    ifConcerned: "Pokud se vás incident týká, najdete v tomto oznámení, co se stalo a co můžete udělat.",
  },
};

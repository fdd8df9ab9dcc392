import type { MissingMessages } from "./missing-messages";

export const MISSING_MESSAGES_CS: MissingMessages = {
  scope: "Nejde o porušení zabezpečení osobních údajů, takže není co ohlašovat. Incident zůstává v evidenci i s odůvodněním.",
  "organisation.name": "Uveďte název ordinace tak, jak má být uveden v ohlášení.",
  "organisation.region": "Uveďte spolkovou zemi, v níž má ordinace sídlo: určuje příslušný německý dozorový úřad.",
  "contact.name":
    "Na koho se má dozorový úřad ohledně tohoto porušení obracet? Uveďte svého pověřence pro ochranu " +
    "osobních údajů nebo jinou kontaktní osobu.",
  "contact.details": "Uveďte e-mailovou adresu nebo telefonní číslo, na kterých úřad kontaktní osobu zastihne.",
  "nature.description": "Popište několika větami vlastními slovy, co se stalo.",
  "nature.breachTypes":
    "Uveďte, o jaký druh porušení jde: údaje viděl někdo, kdo je vidět neměl; údaje byly změněny; nebo byly údaje ztraceny či nedostupné.",
  "nature.dataCategories": "Uveďte, jakých druhů údajů se porušení týká (například jména, kontaktní údaje, zdravotnická dokumentace).",
  "nature.subjectCategories": "Uveďte, kterých skupin osob se porušení týká (například pacientů, zaměstnanců).",
  "nature.subjectCount": "Zatím nevíme, kolika pacientů nebo jiných osob se porušení týká. Stačí odhad.",
  "nature.records": "Zatím nevíme, kolika záznamů se porušení týká. Stačí odhad.",
  "consequences.text": "Popište, co může dotčené osoby potkat, nebo doplňte skutečnosti o porušení, aby je Breachdesk mohl navrhnout.",
  measures: "Uveďte, co jste udělali nebo plánujete udělat, abyste porušení zastavili a omezili jeho dopady na dotčené osoby.",
  "delay.reasons": "Ohlášení se podává později než 72 hodin poté, co jste se o porušení dozvěděli. Vysvětlete důvody zpoždění.",
  "organisation.country": "Uveďte stát, v němž má ordinace sídlo: určuje, kterému úřadu se porušení ohlašuje.",
  "organisation.address": "Uveďte poštovní adresu ordinace.",
  "timeline.occurredAt": "Kdy k porušení došlo? Stačí přibližné datum a čas.",
  "timeline.discoveredAt": "Kdy bylo porušení odhaleno?",
  "timeline.howDiscovered": "Jak bylo porušení odhaleno (například vás upozornil pacient nebo na ně přišel váš dodavatel IT)?",
  "timeline.ongoing": "Trvá porušení stále, nebo už bylo zastaveno?",
  "timeline.containedAt": "Kdy bylo porušení zastaveno?",
  "nature.cause": "Šlo o úmysl, o nehodu, nebo to zatím nevíte?",
  "nature.confidentiality": "Kdo mohl údaje vidět a byly zkopírovány nebo odneseny?",
  "nature.availability": "Existovala záloha a kdy bylo možné záznamy znovu používat?",
  "nature.integrity": "Lze pozměněné záznamy opravit?",
  "protection.encryption": "Byly údaje zašifrované?",
  "protection.identifiability": "Lze osoby z údajů přímo poznat (například podle jména)?",
  "consequences.assessment": "Proveďte posouzení rizik, aby ohlášení mohlo uvést, jak závažné riziko je.",
  "measures.taken": "Uveďte, co jste v souvislosti s porušením už udělali.",
  "measures.proposed": "Uveďte, co změníte, aby se to neopakovalo.",
  "measures.otherSystems":
    "Prověřte, zda stejnou slabinu nemají i vaše další systémy (jiné počítače, e-mailové schránky, " +
    "sdílené složky, služby vašich dodavatelů), poté mezi opatřeními proti opakování zaškrtněte " +
    "„Pravidelné audity“ a uveďte, co jste zjistili.",
  "communication.status": "Uveďte, zda dotčené osoby byly nebo budou informovány.",
  crossBorder: "Uveďte, zda se porušení týká osob v jiných státech, nebo zda zpracování probíhá ve více státech.",
};

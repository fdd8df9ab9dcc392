/** The few words the renderer itself prints, in the document's language (English when unknown). */
export interface PageLabels {
  page(number: number, count: number): string;
  generated: string;
}

const LABELS: Record<string, PageLabels> = {
  en: { page: (n, m) => `page ${n} of ${m}`, generated: "Generated" },
  fr: { page: (n, m) => `page ${n} sur ${m}`, generated: "Généré le" },
  de: { page: (n, m) => `Seite ${n} von ${m}`, generated: "Erstellt am" },
  cs: { page: (n, m) => `strana ${n} z ${m}`, generated: "Vytvořeno" },
};

export function labelsFor(language: string): PageLabels {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? "en";
  return LABELS[primary] ?? LABELS.en!;
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="card">{t.rich("text", { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </>
  );
}

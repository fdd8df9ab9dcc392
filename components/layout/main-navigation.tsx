"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const areas = [
  { href: "/", label: "dashboard" },
  { href: "/incidents", label: "incidents" },
  { href: "/register", label: "register" },
  { href: "/settings", label: "settings" },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNavigation() {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("main")}>
      <ul>
        {areas.map((area) => (
          <li key={area.href}>
            <Link href={area.href} aria-current={isCurrent(pathname, area.href) ? "page" : undefined}>
              {t(area.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const areas = [
  { href: "/", label: "Dashboard" },
  { href: "/incidents", label: "Incidents" },
  { href: "/register", label: "Register" },
  { href: "/settings", label: "Settings" },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNavigation() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul>
        {areas.map((area) => (
          <li key={area.href}>
            <Link href={area.href} aria-current={isCurrent(pathname, area.href) ? "page" : undefined}>
              {area.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

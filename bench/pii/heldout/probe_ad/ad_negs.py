"""ad_negs - hard negatives typical of dev/ops artefacts (labelled with dev's NEG_* kinds)."""
from __future__ import annotations

import uuid

from ad_values import B64, MONTHS, cardlike, rs

HEX = "0123456789abcdef"
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def sha(ctx):
    return rs(ctx, HEX, 40)


def short_sha(ctx):
    return rs(ctx, HEX, ctx.ch([7, 7, 8, 10, 12]))


def sha256hex(ctx):
    return rs(ctx, HEX, 64)


def uuid4(ctx):
    return str(uuid.UUID(int=ctx.r.getrandbits(128), version=4))


def semver(ctx, v=None):
    r = ctx.r
    base = f"{r.randint(0, 24)}.{r.randint(0, 40)}.{r.randint(0, 30)}"
    k = ctx.chw([(5, ""), (1, "v"), (1, "-rc"), (0.6, "-beta"), (0.5, "+build")])
    if k == "v":
        return "v" + base
    if k == "-rc":
        return base + f"-rc.{r.randint(1, 5)}"
    if k == "-beta":
        return base + f"-beta.{r.randint(1, 9)}"
    if k == "+build":
        return base + f"+{r.randint(100, 9999)}"
    return base


def dotted4(ctx):
    """IPv4-shaped version number"""
    r = ctx.r
    return f"{r.randint(1, 30)}.{r.randint(0, 60)}.{r.randint(0, 300)}.{r.randint(0, 9999)}"


def _hms(ctx):
    return f"{ctx.r.randint(0, 23):02d}:{ctx.r.randint(0, 59):02d}:{ctx.r.randint(0, 59):02d}"


def _tz(ctx):
    return ctx.ch(["+0000", "+0100", "+0200", "-0500", "-0400", "+0300", "-0700", "+0530"])


def _ymd(ctx):
    return ctx.r.randint(2019, 2025), ctx.r.randint(1, 12), ctx.r.randint(1, 28)


def git_date(ctx):
    y, m, d = _ymd(ctx)
    return f"{ctx.ch(WDAY)} {MON3[m - 1]} {d} {_hms(ctx)} {y} {_tz(ctx)}"


def rfc2822(ctx):
    y, m, d = _ymd(ctx)
    return f"{ctx.ch(WDAY)}, {d:02d} {MON3[m - 1]} {y} {_hms(ctx)} {_tz(ctx)}"


def iso_ts(ctx, kind=None):
    y, m, d = _ymd(ctx)
    kind = kind or ctx.ch(["Z", "Z", "ms", "off", "space"])
    if kind == "Z":
        return f"{y}-{m:02d}-{d:02d}T{_hms(ctx)}Z"
    if kind == "ms":
        return f"{y}-{m:02d}-{d:02d}T{_hms(ctx)}.{ctx.r.randint(0, 999):03d}Z"
    if kind == "off":
        tz = _tz(ctx)
        return f"{y}-{m:02d}-{d:02d}T{_hms(ctx)}{tz[:3]}:{tz[3:]}"
    return f"{y}-{m:02d}-{d:02d} {_hms(ctx)}"


def epoch(ctx, ms=None):
    s = ctx.r.randint(1560000000, 1740000000)
    ms = ctx.p(0.4) if ms is None else ms
    return str(s * 1000 + ctx.r.randint(0, 999)) if ms else str(s)


def ts_any(ctx):
    return ctx.chw([(3, lambda: iso_ts(ctx)), (2, lambda: git_date(ctx)), (1, lambda: rfc2822(ctx)),
                    (1, lambda: epoch(ctx))])()


def hm(ctx):
    return f"{ctx.r.randint(0, 23):02d}:{ctx.r.randint(0, 59):02d}"


def date_neg(ctx, style=None, lang=None):
    """a date that is not a birth date (release, incident, start date ...)"""
    lang = lang or ctx.lang
    y, m, d = _ymd(ctx)
    style = style or ctx.ch(["iso", "iso", "num", "long"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "long":
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return f"{mn} {d}, {y}" if ctx.locale != "en_GB" else f"{d} {mn} {y}"
        return f"{d}. {mn} {y}" if lang == "de" else f"{d} {mn} {y}"
    if lang == "en" and ctx.locale == "en_US":
        return f"{m:02d}/{d:02d}/{y}"
    return f"{d:02d}.{m:02d}.{y}" if lang in ("de", "ru") else f"{d:02d}/{m:02d}/{y}"


def rpm_date(ctx):
    y, m, d = _ymd(ctx)
    return f"{ctx.ch(WDAY)} {MON3[m - 1]} {d:02d} {y}"


JIRA_KEYS = ["PLAT", "OPS", "INFRA", "SEC", "SRE", "BE", "WEB", "DATA", "IAM", "NET", "HR", "ITSD", "DEVX"]


def ticket(ctx, kind=None):
    r = ctx.r
    kind = kind or ctx.ch(["pr", "jira", "jira", "inc", "mr", "build"])
    if kind == "pr":
        return f"#{r.randint(12, 9999)}"
    if kind == "jira":
        return f"{ctx.ch(JIRA_KEYS)}-{r.randint(10, 9999)}"
    if kind == "inc":
        return f"INC-{r.randint(2019, 2025)}-{r.randint(1, 999):04d}"
    if kind == "mr":
        return f"!{r.randint(10, 4999)}"
    return f"{r.randint(2019, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 30)}"


def jira_key(ctx, proj=None):
    return f"{proj or ctx.ch(JIRA_KEYS)}-{ctx.r.randint(10, 9999)}"


def image_digest(ctx):
    return "sha256:" + sha256hex(ctx)


def integrity(ctx):
    n = {"sha512-": 86, "sha384-": 64, "sha256-": 43}
    k = ctx.ch(list(n))
    return k + rs(ctx, B64, n[k]) + ("==" if k == "sha512-" else ("=" if k == "sha256-" else ""))


def ssh_pubkey(ctx):
    """(algo, base64 body) - public keys are not secrets"""
    if ctx.p(0.6):
        return "ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(ctx, B64, 43)
    return "ssh-rsa", "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(ctx, B64, 180)


NPM_PKGS = ["react", "lodash", "express", "typescript", "eslint", "vite", "jest", "axios", "webpack",
            "prettier", "zod", "next", "rollup", "esbuild", "vitest", "pino"]
SCOPED = ["@types/node", "@babel/core", "@nestjs/core", "@vitejs/plugin-react", "@aws-sdk/client-s3",
          "@octokit/rest", "@sentry/node", "@tanstack/react-query", "@testing-library/react"]


def pkg_at(ctx):
    if ctx.p(0.4):
        return ctx.ch(SCOPED) + "@" + semver(ctx).lstrip("v")
    return ctx.ch(NPM_PKGS) + "@" + f"{ctx.r.randint(0, 20)}.{ctx.r.randint(0, 30)}.{ctx.r.randint(0, 20)}"


TEAMS = ["platform-team", "sre", "backend-core", "frontend", "security", "data-eng", "infra", "release-eng",
         "docs", "api-owners", "build-tools", "mobile"]


def team_ref(ctx, org):
    return f"@{org}/{ctx.ch(TEAMS)}"


TITLE = {
    "en": ["Platform Engineering", "Site Reliability", "Release Management", "Identity Services",
           "Payments Gateway", "Customer Success", "Build Infrastructure", "Service Desk",
           "Incident Commander", "Change Advisory Board", "Data Platform", "Developer Experience"],
    "de": ["Plattform Betrieb", "Zentrale Dienste", "Informationssicherheit", "Rechenzentrum Nord",
           "Anwendungsentwicklung", "Technischer Kundendienst", "Service Desk", "Netzwerk Betrieb"],
    "fr": ["Direction Technique", "Service Informatique", "Exploitation Production", "Support Applicatif",
           "Sécurité Opérationnelle", "Pôle Infrastructure", "Centre de Services"],
    "ru": ["Отдел Эксплуатации", "Служба Поддержки", "Центр Компетенций", "Группа Мониторинга",
           "Дирекция Информационных Технологий", "Отдел Информационной Безопасности"],
}


def titlecase(ctx, lang=None):
    return ctx.ch(TITLE[lang or ctx.lang])


def number(ctx):
    r = ctx.r
    return ctx.ch([f"{r.randint(1, 999)},{r.randint(0, 999):03d},{r.randint(0, 999):03d}",
                   f"0x{r.getrandbits(32):08X}", f"{r.randint(1000, 65000)}",
                   f"{r.randint(1, 99)}.{r.randint(0, 99):02d} GiB", f"{r.randint(100000, 9999999)}"])


def card_neg(ctx):
    return cardlike(ctx)


PATHS = ["src/auth/session.ts", "pkg/server/handler.go", "internal/billing/invoice.py", "charts/api/values.yaml",
         "deploy/k8s/secret.yaml", "app/models/user.rb", "lib/ldap/sync.py", "cmd/worker/main.go",
         "services/notify/mailer.ts", "infra/terraform/iam.tf", "docs/runbook.md", "scripts/rotate_keys.sh",
         "src/main/java/com/acme/UserService.java", "tests/test_gecos.py", "web/src/hooks/useProfile.tsx"]


def path(ctx):
    return ctx.ch(PATHS)


IDENTS = ["UserProfileSerializer", "TokenRefreshHandler", "LdapSyncJob", "OnCallRotation", "PagerDutyClient",
          "HelmReleaseController", "AuditLogWriter", "SessionStore", "InvoiceRenderer", "RateLimiter",
          "ContactImportTask", "WebhookDispatcher"]


def ident(ctx):
    return ctx.ch(IDENTS)

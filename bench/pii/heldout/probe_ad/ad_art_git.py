"""ad_art_git - git / package-metadata artefacts as annotated fragments."""
from __future__ import annotations

import ad_negs as N
import ad_values as V
from ad_common import F, Frag

SUBJECTS = {
    "en": ["fix(auth): refresh expired tokens before retrying", "feat(api): add pagination to /v2/users",
           "chore(deps): bump {pkg}", "refactor: split {ident} into smaller units", "docs: update on-call runbook",
           "ci: cache node_modules between jobs", "fix: handle empty GECOS field in user import",
           "perf(db): add index on users.email", "revert: accidental commit of .env", "build: pin base image digest",
           "fix(ldap): escape DN components", "test: cover webhook retry backoff", "feat: export audit log as CSV",
           "Merge pull request {pr} from {login}/feature/sso", "sec: rotate leaked deploy credentials"],
    "de": ["Behebt Absturz beim Abmelden", "Fügt Paginierung für /v2/users hinzu", "Aktualisiert {pkg}",
           "Zerlegt {ident} in kleinere Einheiten", "Bereitschaftshandbuch aktualisiert", "CI: Cache für node_modules",
           "Leere GECOS-Felder beim Import abfangen", "Index auf users.email angelegt",
           "Versehentlich eingecheckte .env entfernt", "Basis-Image per Digest festgenagelt",
           "LDAP-DN korrekt maskieren", "Tests für Webhook-Wiederholungen ergänzt", "Audit-Log als CSV exportieren"],
    "fr": ["Corrige le rafraîchissement des jetons expirés", "Ajoute la pagination sur /v2/users", "Met à jour {pkg}",
           "Découpe {ident} en unités plus petites", "Mise à jour du guide d'astreinte", "CI : cache de node_modules",
           "Gère les champs GECOS vides lors de l'import", "Ajoute un index sur users.email",
           "Supprime le fichier .env commité par erreur", "Fige l'image de base par empreinte",
           "Échappe correctement les DN LDAP", "Ajoute des tests pour les relances de webhook"],
    "ru": ["Исправлено обновление истёкших токенов", "Добавлена пагинация для /v2/users", "Обновлён {pkg}",
           "{ident} разбит на несколько классов", "Обновлён регламент дежурств", "CI: кэширование node_modules",
           "Обработка пустого поля GECOS при импорте", "Добавлен индекс на users.email",
           "Удалён случайно закоммиченный .env", "Базовый образ закреплён по дайджесту",
           "Корректное экранирование DN в LDAP", "Тесты на повторную отправку вебхуков"],
}
BODIES = {
    "en": ["The previous implementation retried with the stale token and hit the rate limit.",
           "Reported by the support team after the last release.", "No functional change intended.",
           "This also removes the hard-coded fallback that was only meant for local testing."],
    "de": ["Die alte Implementierung hat mit dem abgelaufenen Token erneut versucht.",
           "Gemeldet vom Support nach dem letzten Release.", "Keine funktionale Änderung beabsichtigt."],
    "fr": ["L'ancienne implémentation réessayait avec le jeton périmé.",
           "Signalé par le support après la dernière mise en production.", "Aucun changement fonctionnel."],
    "ru": ["Старая реализация повторяла запрос с просроченным токеном.",
           "Проблему заметила поддержка после последнего релиза.", "Функциональных изменений нет."],
}
TRAILERS = ["Signed-off-by", "Co-authored-by", "Reviewed-by", "Acked-by", "Tested-by", "Reported-by"]


def name_email(fr: Frag, p, angle=True) -> Frag:
    fr.e("PERSON", p.name, p.sub)
    if angle:
        fr.t(" <").e("EMAIL", p.email).t(">")
    return fr


def subject(ctx, fr: Frag):
    lang = ctx.lang
    s = ctx.ch(SUBJECTS[lang])
    # expand placeholders, labelling the negatives they introduce
    parts = s.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
    for part in parts:
        if part == "{pkg}":
            fr.n("NEG_EMAILLIKE", N.pkg_at(ctx))
        elif part == "{ident}":
            fr.t(N.ident(ctx))
        elif part == "{pr}":
            fr.n("NEG_ORDER_ID", N.ticket(ctx, "pr"))
        elif part == "{login}":
            fr.i(ctx.people[-1].login if ctx.people else "dev")
        else:
            fr.t(part)
    if ctx.p(0.35) and "{pr}" not in s:
        fr.t(" (").n("NEG_ORDER_ID", N.ticket(ctx, ctx.ch(["pr", "jira"]))).t(")")
    return fr


def trailers(ctx, fr: Frag, indent="    ", author=None, k=None):
    k = k if k is not None else ctx.chw([(3, 1), (3, 2), (1, 3)])
    used = set()
    for j in range(k):
        tr = "Signed-off-by" if j == 0 and ctx.p(0.6) else ctx.ch(TRAILERS)
        if tr in used and tr != "Co-authored-by":
            tr = "Co-authored-by"
        used.add(tr)
        p = author if (author is not None and tr == "Signed-off-by" and ctx.p(0.7)) else V.person(ctx)
        fr.t(f"{indent}{tr}: ")
        name_email(fr, p)
        fr.t("\n")
    return fr


def git_commit(ctx, show_diff=False, decorate=None, fuller=False):
    fr = Frag()
    a = V.person(ctx)
    fr.t("commit ").n("NEG_HASH", N.sha(ctx))
    if decorate or (decorate is None and ctx.p(0.2)):
        fr.t(ctx.ch([" (HEAD -> main, origin/main)", " (tag: ", " (origin/release/2.x)"]))
        if fr.text.endswith("tag: "):
            fr.n("NEG_VERSION", "v" + N.semver(ctx).lstrip("v")).t(")")
    fr.t("\n")
    if ctx.p(0.12):
        fr.t("Merge: ").n("NEG_HASH", N.short_sha(ctx)).t(" ").n("NEG_HASH", N.short_sha(ctx)).t("\n")
    if fuller:
        c = a if ctx.p(0.5) else V.person(ctx)
        fr.t("Author:     ")
        name_email(fr, a)
        fr.t("\nAuthorDate: ").n("NEG_TIMESTAMP", N.git_date(ctx)).t("\nCommit:     ")
        name_email(fr, c)
        fr.t("\nCommitDate: ").n("NEG_TIMESTAMP", N.git_date(ctx)).t("\n\n    ")
    else:
        fr.t("Author: ")
        name_email(fr, a)
        fr.t("\nDate:   ").n("NEG_TIMESTAMP", N.git_date(ctx)).t("\n\n    ")
    subject(ctx, fr)
    fr.t("\n\n")
    if ctx.p(0.45):
        fr.t("    " + ctx.ch(BODIES[ctx.lang]) + "\n\n")
    if ctx.p(0.8):
        trailers(ctx, fr, author=a)
    if show_diff:
        fr.f(leaked_diff(ctx))
    return fr


def leaked_diff(ctx):
    fr = Frag()
    fname = ctx.ch([".env", "config/settings.py", "deploy/values-prod.yaml", "docker-compose.yml"])
    fr.t(f"\ndiff --git a/{fname} b/{fname}\nindex ").n("NEG_HASH", N.short_sha(ctx)).t("..").n(
        "NEG_HASH", N.short_sha(ctx)).t(" 100644\n")
    fr.t(f"--- a/{fname}\n+++ b/{fname}\n@@ -{ctx.r.randint(1, 40)},6 +{ctx.r.randint(1, 40)},6 @@\n")
    host = V.ipv4(ctx, private=True)
    scheme, port = ctx.ch([("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017), ("redis", 6379), ("amqp", 5672)])
    user = ctx.ch(["app", "svc_api", "admin", "deploy", "root", "billing"])
    fr.t(f"-DATABASE_URL={scheme}://{user}:").e("API_KEY", V.db_password(ctx), "db_password").t("@").e(
        "IPV4", host).t(f":{port}/app\n")
    fr.t(f"+DATABASE_URL={scheme}://{user}:${{DB_PASSWORD}}@db.internal:{port}/app\n")
    k, sub = V.api_key(ctx)
    var = {"github_pat_classic": "GITHUB_TOKEN", "github_pat_fine": "GITHUB_TOKEN", "github_other": "GH_APP_TOKEN",
           "gitlab": "GITLAB_TOKEN", "aws_access_key_id": "AWS_ACCESS_KEY_ID", "slack": "SLACK_BOT_TOKEN",
           "stripe": "STRIPE_SECRET_KEY", "openai_like": "OPENAI_API_KEY", "google_api": "GOOGLE_API_KEY",
           "npm_token": "NPM_TOKEN", "pypi_token": "PYPI_TOKEN", "docker_pat": "DOCKERHUB_TOKEN"}[sub]
    fr.t(f"-{var}=").e("API_KEY", k, sub).t(f"\n+{var}=${{{var}}}\n")
    if sub == "aws_access_key_id":
        fr.t("-AWS_SECRET_ACCESS_KEY=").e("API_KEY", V.api_key(ctx, "aws_secret_key")[0], "aws_secret_key").t(
            "\n+AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n")
    fr.t(" LOG_LEVEL=info\n")
    return fr


def git_log_oneline(ctx, n):
    fr = Frag()
    for _ in range(n):
        fr.n("NEG_HASH", N.short_sha(ctx)).t(" ")
        subject(ctx, fr)
        fr.t("\n")
    return fr


def git_log_format(ctx, n):
    """git log --format='%h %an <%ae> %ad %s' --date=iso"""
    fr = Frag()
    for _ in range(n):
        p = ctx.ch(ctx.people) if ctx.people and ctx.p(0.3) else V.person(ctx)
        fr.n("NEG_HASH", N.short_sha(ctx)).t(" ")
        name_email(fr, p)
        fr.t(" ").n("NEG_TIMESTAMP", N.iso_ts(ctx, "space") + " " + N._tz(ctx)).t(" ")
        subject(ctx, fr)
        fr.t("\n")
    return fr


CODE = ["return token.refresh(session)", "if user.gecos is None:", "logger.info(\"sync done\")",
        "conn = ldap.initialize(LDAP_URI)", "for row in reader:", "raise PermissionError(msg)",
        "timeout = cfg.get('timeout', 30)", "yield from self._page(cursor)", "except KeyError:",
        "headers['Authorization'] = f'Bearer {tok}'", "db.session.commit()", "}"]


def git_blame(ctx, n, with_email=None):
    with_email = ctx.p(0.35) if with_email is None else with_email
    fr = Frag()
    authors = [V.person(ctx, form="fl") for _ in range(ctx.r.randint(2, 3))]
    line0 = ctx.r.randint(10, 300)
    shas = {}
    for k in range(n):
        p = ctx.ch(authors)
        h = shas.setdefault(p.name, N.short_sha(ctx)[:8])
        if ctx.p(0.1):
            fr.t("^")
        fr.n("NEG_HASH", h).t(" (")
        if with_email:
            fr.t("<").e("EMAIL", p.email).t(">")
        else:
            fr.e("PERSON", p.name, p.sub)
        fr.t(" ").n("NEG_TIMESTAMP", N.iso_ts(ctx, "space") + " " + N._tz(ctx)).t(f" {line0 + k:4d}) ")
        fr.t("    " * ctx.r.randint(0, 2) + ctx.ch(CODE) + "\n")
    return fr


def shortlog(ctx, n):
    fr = Frag()
    counts = sorted((ctx.r.randint(1, 400) for _ in range(n)), reverse=True)
    for c in counts:
        p = V.person(ctx)
        fr.t(f"{c:6d}\t")
        name_email(fr, p)
        fr.t("\n")
    return fr


def codeowners(ctx, n):
    fr = Frag()
    org = V.org_domain(ctx).split(".")[0]
    fr.t("# Ownership for review routing. Last sync: ").n("NEG_DATE", N.date_neg(ctx, "iso")).t("\n")
    fr.t("*").t(" ").n("NEG_EMAILLIKE", N.team_ref(ctx, org)).t("\n")
    for _ in range(n):
        fr.t(ctx.ch(["/src/auth/", "/deploy/", "*.tf", "/docs/", "/charts/", "/internal/billing/",
                     "/.github/workflows/", "/lib/ldap/", "package.json"]) + " ")
        k = ctx.ch(["team", "user", "email", "mix"])
        if k in ("team", "mix"):
            fr.n("NEG_EMAILLIKE", N.team_ref(ctx, org))
            fr.t(" ")
        if k in ("user", "mix"):
            p = V.person(ctx)
            fr.t("@").i(p.login).t(" ")
        if k in ("email", "mix"):
            p = V.person(ctx, email_kind="org")
            fr.e("EMAIL", p.email).t(" ")
        fr.t("\n")
    return fr


def maintainers(ctx, n):
    fr = Frag()
    for _ in range(n):
        fr.t(ctx.ch(["AUTH / SSO", "LDAP SYNC", "BILLING EXPORT", "HELM CHARTS", "CI RUNNERS", "WEBHOOKS"]) + "\n")
        for role in ["M"] * ctx.r.randint(1, 2) + ["R"] * ctx.r.randint(0, 2):
            fr.t(f"{role}:\t")
            name_email(fr, V.person(ctx))
            fr.t("\n")
        fr.t(f"S:\t{ctx.ch(['Maintained', 'Supported', 'Odd Fixes'])}\nF:\t{N.path(ctx)}\n\n")
    return fr


def authors_file(ctx, n):
    fr = Frag()
    fr.t(ctx.L(en="# This is the list of people who contributed code to this project.\n",
               de="# Liste aller Personen, die Code zu diesem Projekt beigetragen haben.\n",
               fr="# Liste des personnes ayant contribué au code de ce projet.\n",
               ru="# Список людей, внёсших вклад в код проекта.\n"))
    for _ in range(n):
        p = V.person(ctx, form="fl")
        name_email(fr, p)
        if ctx.p(0.3):
            fr.t(" (@").i(p.login).t(")")
        fr.t("\n")
    return fr


def debian_control(ctx):
    fr = Frag()
    pkg = ctx.ch(["ldap-sync", "gecos-tools", "oncall-notify", "audit-export", "keyrotate"])
    m = V.person(ctx)
    fr.t(f"Source: {pkg}\nSection: admin\nPriority: optional\nMaintainer: ")
    name_email(fr, m)
    fr.t("\nUploaders: ")
    name_email(fr, V.person(ctx))
    fr.t(f"\nBuild-Depends: debhelper-compat (= 13), python3-all\nStandards-Version: 4.6.2\n\n")
    fr.t(f"Package: {pkg}\nArchitecture: all\nDescription: internal {pkg} tooling\n\n")
    return fr


def debian_changelog(ctx, n):
    fr = Frag()
    pkg = ctx.ch(["ldap-sync", "gecos-tools", "oncall-notify", "audit-export", "keyrotate"])
    for _ in range(n):
        fr.t(f"{pkg} (").n("NEG_VERSION", N.semver(ctx).lstrip("v").split("+")[0] + f"-{ctx.r.randint(1, 4)}")
        fr.t(") unstable; urgency=medium\n\n  * ")
        subject(ctx, fr)
        fr.t("\n\n -- ")
        name_email(fr, V.person(ctx))
        fr.t("  ").n("NEG_TIMESTAMP", N.rfc2822(ctx)).t("\n\n")
    return fr


def rpm_changelog(ctx, n):
    fr = Frag()
    fr.t("%changelog\n")
    for _ in range(n):
        fr.t("* ").n("NEG_DATE", N.rpm_date(ctx)).t(" ")
        name_email(fr, V.person(ctx))
        fr.t(" - ").n("NEG_VERSION", N.semver(ctx).lstrip("v").split("+")[0].split("-")[0] + f"-{ctx.r.randint(1, 5)}")
        fr.t("\n- ")
        subject(ctx, fr)
        fr.t("\n\n")
    return fr


def pyproject(ctx):
    fr = Frag()
    fr.t(f'[project]\nname = "{ctx.ch(["ldap-sync", "oncall-bot", "gecos-parse", "audit-export"])}"\n')
    fr.t('version = "').n("NEG_VERSION", N.semver(ctx).lstrip("v").split("+")[0]).t('"\nauthors = [\n')
    for _ in range(ctx.r.randint(1, 3)):
        p = V.person(ctx)
        fr.t('  { name = "').e("PERSON", p.name, p.sub).t('", email = "').e("EMAIL", p.email).t('" },\n')
    fr.t("]\nmaintainers = [\n")
    p = V.person(ctx)
    fr.t('  { name = "').e("PERSON", p.name, p.sub).t('", email = "').e("EMAIL", p.email).t('" },\n]\n')
    fr.t('requires-python = ">=3.10"\n')
    return fr


def npm_person_str(ctx, p):
    """"Name <email> (url)" string fragment"""
    fr = Frag()
    fr.e("PERSON", p.name, p.sub)
    if ctx.p(0.85):
        fr.t(" <").e("EMAIL", p.email).t(">")
    if ctx.p(0.4):
        fr.t(" (").i(f"https://{p.login}.dev" if ctx.p(0.5) else f"https://github.com/{p.login}").t(")")
    return fr


def package_json(ctx):
    """returns a Python structure for jfrag"""
    name = ctx.ch(["@" + V.org_domain(ctx).split(".")[0].replace("-", "") + "/ldap-sync", "oncall-notify",
                   "gecos-parser", "audit-export-cli"])
    a = V.person(ctx)
    author = npm_person_str(ctx, a) if ctx.p(0.5) else {"name": F().e("PERSON", a.name, a.sub),
                                                         "email": F().e("EMAIL", a.email)}
    contribs = []
    for _ in range(ctx.r.randint(1, 3)):
        p = V.person(ctx)
        if ctx.p(0.5):
            contribs.append(npm_person_str(ctx, p))
        else:
            d = {"name": F().e("PERSON", p.name, p.sub), "email": F().e("EMAIL", p.email)}
            if ctx.p(0.3):
                d["url"] = F().i(f"https://github.com/{p.login}")
            contribs.append(d)
    dep = ctx.ch(N.NPM_PKGS)
    return {"name": name, "version": F().n("NEG_VERSION", N.semver(ctx).lstrip("v")),
            "description": ctx.L(en="Internal tooling", de="Internes Werkzeug", fr="Outil interne", ru="Внутренний инструмент"),
            "author": author, "contributors": contribs,
            "license": "UNLICENSED", "dependencies": {dep: "^" + f"{ctx.r.randint(1, 20)}.{ctx.r.randint(0, 9)}.0"},
            "publishConfig": {"registry": "https://npm.pkg.github.com"}}

"""ad_text - long text documents (text4k / long64k): postmortems, audits, directory dumps, HR batches."""
from __future__ import annotations

import ad_art_git as G
import ad_art_ops as O
import ad_chat as C
import ad_negs as N
import ad_values as V
from ad_common import Frag, jfrag

PROSE = {
    "en": ["The sync job runs every fifteen minutes and writes its state to the audit table.",
           "We agreed to keep the runbook next to the service code so that it is reviewed with every change.",
           "Nothing in this section requires action from the application teams.",
           "Access reviews happen quarterly; stale accounts are disabled after ninety days.",
           "The alert fired correctly, but the escalation policy skipped the secondary on-call.",
           "Most of the delay came from waiting for database failover to complete.",
           "Build {build} was the first one with the fix; canary metrics looked normal.",
           "Rollout of {ver} to all regions finished without errors.",
           "See {jira} for the follow-up work on log redaction."],
    "de": ["Der Sync-Job läuft alle fünfzehn Minuten und schreibt seinen Zustand in die Audit-Tabelle.",
           "Das Betriebshandbuch liegt direkt beim Code, damit es bei jeder Änderung mit geprüft wird.",
           "Für die Fachteams ergibt sich aus diesem Abschnitt kein Handlungsbedarf.",
           "Berechtigungen werden quartalsweise überprüft; verwaiste Konten werden nach neunzig Tagen gesperrt.",
           "Der Alarm kam rechtzeitig, aber die Eskalationskette hat die zweite Bereitschaft übersprungen.",
           "Build {build} war der erste mit der Korrektur; die Canary-Metriken waren unauffällig.",
           "Das Rollout von {ver} auf alle Regionen lief fehlerfrei durch.",
           "Folgearbeiten zur Log-Maskierung sind in {jira} erfasst."],
    "fr": ["La tâche de synchronisation tourne toutes les quinze minutes et écrit son état dans la table d'audit.",
           "Le guide d'exploitation est versionné avec le code pour être relu à chaque modification.",
           "Cette section ne demande aucune action de la part des équipes applicatives.",
           "Les revues d'accès ont lieu chaque trimestre ; les comptes inactifs sont désactivés après quatre-vingt-dix jours.",
           "L'alerte s'est déclenchée correctement, mais la politique d'escalade a sauté le second d'astreinte.",
           "Le build {build} est le premier à contenir le correctif ; les métriques du canari étaient normales.",
           "Le déploiement de {ver} sur toutes les régions s'est terminé sans erreur.",
           "Le suivi concernant le masquage des journaux est dans {jira}."],
    "ru": ["Задача синхронизации запускается каждые пятнадцать минут и пишет состояние в таблицу аудита.",
           "Регламент хранится рядом с кодом сервиса, чтобы его проверяли при каждом изменении.",
           "Прикладным командам по этому разделу ничего делать не нужно.",
           "Пересмотр доступов проводится раз в квартал; неактивные учётки блокируются через девяносто дней.",
           "Алерт сработал вовремя, но политика эскалации пропустила второго дежурного.",
           "Сборка {build} первая с исправлением; метрики канареечного релиза в норме.",
           "Выкатка {ver} во все регионы прошла без ошибок.",
           "Дальнейшая работа по маскированию логов ведётся в {jira}."],
}
HEAD = {
    "postmortem": dict(en="Postmortem", de="Nachbetrachtung", fr="Post-mortem", ru="Разбор инцидента"),
    "timeline": dict(en="Timeline", de="Zeitleiste", fr="Chronologie", ru="Хронология"),
    "people": dict(en="Participants", de="Beteiligte", fr="Intervenants", ru="Участники"),
    "actions": dict(en="Action items", de="Maßnahmen", fr="Actions", ru="Задачи"),
    "evidence": dict(en="Evidence", de="Belege", fr="Éléments", ru="Материалы"),
    "audit": dict(en="Repository audit", de="Repository-Audit", fr="Audit du dépôt", ru="Аудит репозитория"),
    "hr": dict(en="Onboarding batch", de="Eintritte diese Woche", fr="Arrivées de la semaine", ru="Новые сотрудники"),
    "dir": dict(en="Directory export", de="Verzeichnisexport", fr="Export de l'annuaire", ru="Выгрузка каталога"),
}
ROLE = {"en": ["Incident commander", "Primary on-call", "Secondary on-call", "Comms lead", "Database SME"],
        "de": ["Incident-Leitung", "Erste Bereitschaft", "Zweite Bereitschaft", "Kommunikation", "Datenbank-Expertin"],
        "fr": ["Responsable d'incident", "Astreinte principale", "Astreinte secondaire", "Communication", "Experte base de données"],
        "ru": ["Руководитель инцидента", "Основной дежурный", "Резервный дежурный", "Коммуникации", "Эксперт по БД"]}
EVENTS = {"en": ["alert fired for 5xx rate above threshold", "paged {p}", "{p} joined the bridge",
                 "rolled back to the previous release", "{p} confirmed recovery", "traffic from {ip} blocked at the edge"],
          "de": ["Alarm wegen erhöhter 5xx-Rate", "{p} alarmiert", "{p} tritt der Telefonbrücke bei",
                 "Rollback auf das vorherige Release", "{p} bestätigt Wiederherstellung", "Verkehr von {ip} am Edge blockiert"],
          "fr": ["alerte sur le taux de 5xx", "{p} appelé(e) par l'astreinte", "{p} rejoint le pont",
                 "retour à la version précédente", "{p} confirme le rétablissement", "trafic de {ip} bloqué en bordure"],
          "ru": ["сработал алерт по доле 5xx", "вызван(а) {p}", "{p} подключается к мосту",
                 "откат на предыдущий релиз", "{p} подтверждает восстановление", "трафик с {ip} заблокирован на периметре"]}
HRKEYS = {"en": ["Name", "Date of birth", "Personal email", "Mobile", "Home address", "Start date", "Manager"],
          "de": ["Name", "Geburtsdatum", "Private E-Mail", "Mobil", "Anschrift", "Eintrittsdatum", "Führungskraft"],
          "fr": ["Nom", "Date de naissance", "Courriel personnel", "Portable", "Adresse", "Date d'arrivée", "Responsable"],
          "ru": ["ФИО", "Дата рождения", "Личная почта", "Мобильный", "Адрес", "Дата выхода", "Руководитель"]}


def colon(ctx):
    return " : " if ctx.lang == "fr" else ": "


def prose(ctx, fr: Frag, n=1):
    for _ in range(n):
        s = ctx.ch(PROSE[ctx.lang])
        for part in s.replace("{", "\x00{").replace("}", "}\x00").split("\x00"):
            if part == "{build}":
                fr.n("NEG_ORDER_ID", N.ticket(ctx, "build"))
            elif part == "{ver}":
                fr.n("NEG_VERSION", N.semver(ctx))
            elif part == "{jira}":
                fr.n("NEG_ORDER_ID", N.jira_key(ctx))
            else:
                fr.t(part)
        fr.t(" ")
    fr.t("\n\n")


def h(ctx, fr, key, level=2):
    fr.t("#" * level + " " + ctx.L(**HEAD[key]) + "\n\n")


def fence(fr, body, tag=""):
    fr.t("```" + tag + "\n").f(body)
    if not body.text.endswith("\n"):
        fr.t("\n")
    fr.t("```\n\n")


def sec_timeline(ctx, fr):
    h(ctx, fr, "timeline", 3)
    for t in sorted(N.hm(ctx) for _ in range(ctx.r.randint(4, 7))):
        fr.t("- ").n("NEG_TIMESTAMP", t + " UTC").t(" — ")
        ev = ctx.ch(EVENTS[ctx.lang])
        for part in ev.replace("{", "\x00{").replace("}", "}\x00").split("\x00"):
            if part == "{p}":
                p = ctx.ch(ctx.people) if ctx.people and ctx.p(0.5) else V.person(ctx)
                fr.e("PERSON", p.name, p.sub)
                if ctx.p(0.4):
                    ph, sub = V.phone(ctx)
                    fr.t(" (").e("PHONE", ph, sub).t(")")
            elif part == "{ip}":
                fr.e("IPV4", V.ipv4(ctx))
            else:
                fr.t(part)
        fr.t("\n")
    fr.t("\n")


def sec_people(ctx, fr):
    h(ctx, fr, "people", 3)
    for role in ctx.r.sample(ROLE[ctx.lang], ctx.r.randint(2, 4)):
        p = V.person(ctx)
        fr.t(f"- {role}{colon(ctx)}").e("PERSON", p.name, p.sub).t(" <").e("EMAIL", p.email).t(">")
        if ctx.p(0.5):
            ph, sub = V.phone(ctx, intl=True)
            fr.t(", ").e("PHONE", ph, sub)
        fr.t("\n")
    ph, sub = V.phone(ctx, intl=True)
    fr.t("\n" + ctx.L(en="Bridge", de="Telefonbrücke", fr="Pont téléphonique", ru="Телефонный мост") + colon(ctx)).e("PHONE", ph, sub)
    fr.t("\n\n")


def sec_actions(ctx, fr):
    h(ctx, fr, "actions", 3)
    fr.t("| " + ctx.L(en="Ticket | Owner | Due", de="Ticket | Verantwortlich | Fällig", fr="Ticket | Responsable | Échéance",
                      ru="Задача | Ответственный | Срок") + " |\n|---|---|---|\n")
    for _ in range(ctx.r.randint(2, 4)):
        p = V.person(ctx)
        fr.t("| ").n("NEG_ORDER_ID", N.jira_key(ctx)).t(" | ").e("PERSON", p.name, p.sub).t(" (").e("EMAIL", p.email).t(") | ")
        fr.n("NEG_DATE", N.date_neg(ctx)).t(" |\n")
    fr.t("\n")


def hr_record(ctx, fr):
    p = V.person(ctx, email_kind="free")
    keys = HRKEYS[ctx.lang]
    c = colon(ctx)
    fr.t(f"- {keys[0]}{c}").e("PERSON", p.name, p.sub).t("\n")
    fr.t(f"  {keys[1]}{c}").e("DATE_OF_BIRTH", V.dob(ctx)).t("\n")
    fr.t(f"  {keys[2]}{c}").e("EMAIL", p.email).t("\n")
    ph, sub = V.phone(ctx)
    fr.t(f"  {keys[3]}{c}").e("PHONE", ph, sub).t("\n")
    st, rest, asub = V.address(ctx)
    fr.t(f"  {keys[4]}{c}").e("STREET_ADDRESS", st.replace("\n", ", "), asub).t(", ").i(rest).t("\n")
    fr.t(f"  {keys[5]}{c}").n("NEG_DATE", N.date_neg(ctx)).t("\n")
    m = V.person(ctx, email_kind="org")
    fr.t(f"  {keys[6]}{c}").e("PERSON", m.name, m.sub).t("\n")
    if ctx.locale == "ru_RU":
        v, s = V.snils(ctx)
        fr.t(f"  СНИЛС{c}" if ctx.lang == "ru" else f"  SNILS{c}").e("RU_SNILS", v, s).t("\n")
        v, s = V.inn(ctx, "inn12")
        fr.t(f"  ИНН{c}" if ctx.lang == "ru" else f"  INN{c}").e("RU_INN", v, s).t("\n")
        v, s = V.ru_passport(ctx)
        fr.t(f"  {'Паспорт' if ctx.lang == 'ru' else 'Passport'}{c}").e("RU_PASSPORT", v, s).t("\n")
    elif ctx.locale == "en_US":
        v, s = V.ssn(ctx)
        fr.t(f"  SSN{c}").e("US_SSN", v, s).t("\n")
    else:
        v, s = V.iban(ctx)
        fr.t(f"  IBAN{c}").e("IBAN", v, s).t("\n")
    if ctx.p(0.2):
        v, s = V.credit_card(ctx)
        fr.t(f"  {ctx.L(en='Corporate card', de='Firmenkreditkarte', fr='Carte affaires', ru='Корпоративная карта')}{c}")
        fr.e("CREDIT_CARD", v, s).t("\n")
    fr.t(f"  {ctx.L(en='Temporary password', de='Initialpasswort', fr='Mot de passe provisoire', ru='Временный пароль')}{c}`")
    fr.e("API_KEY", V.password(ctx), "password").t("`\n\n")


def sec_negs(ctx, fr):
    """a paragraph dense with theme negatives"""
    fr.t(ctx.L(en="Reference data: ", de="Referenzdaten: ", fr="Données de référence : ", ru="Справочные данные: "))
    fr.t("image ").n("NEG_B64", N.image_digest(ctx)).t(", trace ").n("NEG_UUID", N.uuid4(ctx)).t(", commit ")
    fr.n("NEG_HASH", N.sha(ctx)).t(", lockfile ").n("NEG_B64", N.integrity(ctx)).t(", firmware ").n("NEG_VERSION", N.dotted4(ctx))
    fr.t(", dependency ").n("NEG_EMAILLIKE", N.pkg_at(ctx)).t(", job ").n("NEG_CARDLIKE", N.card_neg(ctx)).t(", owner ")
    fr.n("NEG_TITLECASE", N.titlecase(ctx)).t(", size ").n("NEG_NUMBER", N.number(ctx)).t(", clone ")
    fr.n("NEG_EMAILLIKE", f"git@github.com:{V.org_domain(ctx).split('.')[0]}/platform.git").t(".\n\n")


def sec_artefact(ctx, fr):
    kind = ctx.ch(["git_log", "git_show", "blame", "shortlog", "codeowners", "maintainers", "ldif", "passwd", "gitconfig",
                   "authorized_keys", "kube", "helm", "env", "sql", "csv", "debian", "rpm", "pyproject", "package_json",
                   "npmrc", "log_format", "kubeconfig", "tls"])
    fr.t(ctx.L(**C.INTRO.get(kind, C.INTRO["git_log"])).replace("{n}", "5") + "\n\n")
    body = {
        "git_log": lambda: G.git_commit(ctx, fuller=ctx.p(0.3)) + "\n" + G.git_commit(ctx),
        "git_show": lambda: G.git_commit(ctx, show_diff=True),
        "blame": lambda: G.git_blame(ctx, ctx.r.randint(6, 12)),
        "shortlog": lambda: G.shortlog(ctx, ctx.r.randint(4, 8)),
        "codeowners": lambda: G.codeowners(ctx, ctx.r.randint(4, 8)),
        "maintainers": lambda: G.maintainers(ctx, 2) if ctx.p(0.5) else G.authors_file(ctx, ctx.r.randint(4, 8)),
        "ldif": lambda: O.ldapsearch(ctx, ctx.r.randint(2, 3)),
        "passwd": lambda: O.passwd_lines(ctx, ctx.r.randint(3, 6)),
        "gitconfig": lambda: O.gitconfig(ctx),
        "authorized_keys": lambda: O.authorized_keys(ctx, ctx.r.randint(2, 4)),
        "kube": lambda: O.kube_secret(ctx),
        "helm": lambda: O.helm_values(ctx),
        "env": lambda: O.env_file(ctx),
        "sql": lambda: O.sql_dump(ctx, ctx.r.randint(3, 6)),
        "csv": lambda: O.csv_export(ctx, ctx.r.randint(4, 8)),
        "debian": lambda: G.debian_control(ctx) + G.debian_changelog(ctx, 2),
        "rpm": lambda: G.rpm_changelog(ctx, ctx.r.randint(2, 4)),
        "pyproject": lambda: G.pyproject(ctx),
        "package_json": lambda: jfrag(G.package_json(ctx), "indent2"),
        "npmrc": lambda: O.npmrc(ctx),
        "log_format": lambda: G.git_log_format(ctx, ctx.r.randint(4, 8)),
        "kubeconfig": lambda: O.kubeconfig(ctx),
        "tls": lambda: O.tls_secret(ctx),
    }[kind]()
    fence(fr, body)


def build_long(ctx, target, kind=None):
    kind = kind or ctx.ch(["postmortem", "audit", "hr", "dir", "mixed"])
    fr = Frag()
    if kind == "postmortem":
        fr.t("# " + ctx.L(**HEAD["postmortem"]) + " ").n("NEG_ORDER_ID", N.ticket(ctx, "inc")).t(" — ")
        fr.n("NEG_TITLECASE", N.titlecase(ctx)).t("\n\n")
    elif kind == "audit":
        fr.t("# " + ctx.L(**HEAD["audit"]) + " (").n("NEG_DATE", N.date_neg(ctx)).t(")\n\n")
    elif kind == "hr":
        fr.t("# " + ctx.L(**HEAD["hr"]) + " — ").n("NEG_ORDER_ID", N.jira_key(ctx, "HR")).t("\n\n")
    elif kind == "dir":
        fr.t("# " + ctx.L(**HEAD["dir"]) + " ").n("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")).t("\n\n")
    else:
        fr.t("# " + ctx.L(en="Ops notes", de="Betriebsnotizen", fr="Notes d'exploitation", ru="Заметки эксплуатации") + "\n\n")
    prose(ctx, fr, ctx.r.randint(1, 3))
    steps = {
        "postmortem": [sec_people, sec_timeline, sec_artefact, sec_actions, sec_negs],
        "audit": [sec_artefact, sec_negs, sec_artefact],
        "hr": [hr_record, hr_record, sec_artefact],
        "dir": [sec_artefact, sec_negs],
        "mixed": [sec_artefact, sec_timeline, hr_record, sec_negs, sec_people],
    }[kind]
    i = 0
    while len(fr) < target:
        step = steps[i % len(steps)] if i < len(steps) else ctx.ch(steps + [sec_artefact])
        if step is sec_artefact and ctx.p(0.3):
            fr.t("#" * 3 + " " + ctx.L(**HEAD["evidence"]) + "\n\n")
        step(ctx, fr)
        if ctx.p(0.5):
            prose(ctx, fr, ctx.r.randint(1, 2))
        i += 1
    return fr, "long." + kind

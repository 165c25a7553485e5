"""ad_json - API / export JSON artefacts (GitHub, GitLab, Jira, Sentry, Graph, CloudTrail, HR tickets)."""
from __future__ import annotations

import base64

import ad_negs as N
import ad_values as V
from ad_art_git import BODIES, name_email, package_json, subject
from ad_common import F, Frag, Num, ascii_fold


def E(typ, val, sub=None, core=None):
    return Frag().e(typ, val, sub, core)


def Ng(typ, val):
    return Frag().n(typ, val)


def Ig(val):
    return Frag().i(val)


def P(p):
    return E("PERSON", p.name, p.sub)


def M(p):
    return E("EMAIL", p.email)


def gh_user_min(ctx, p):
    uid = ctx.r.randint(1000, 160000000)
    return {"login": Ig(p.login), "id": uid,
            "node_id": Ng("NEG_B64", base64.b64encode(f"04:User{uid}".encode()).decode()),
            "avatar_url": f"https://avatars.githubusercontent.com/u/{uid}?v=4",
            "html_url": Ig(f"https://github.com/{p.login}"), "type": "User", "site_admin": False}


def gh_user(ctx):
    p = V.person(ctx)
    d = gh_user_min(ctx, p)
    d.update({"name": P(p), "company": "@" + V.org_domain(ctx).split(".")[0],
              "blog": "", "location": Ig(ctx.fk.city()), "email": M(p) if ctx.p(0.8) else None,
              "hireable": None, "bio": ctx.L(en="SRE. Pager carrier. Opinions my own.", de="Betrieb & Automatisierung.",
                                             fr="Ingénieure d'exploitation.", ru="Инженер по эксплуатации."),
              "public_repos": ctx.r.randint(0, 200), "followers": ctx.r.randint(0, 900),
              "created_at": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")), "updated_at": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z"))})
    return d


def commit_message(ctx, author):
    fr = Frag()
    subject(ctx, fr)
    if ctx.p(0.5):
        fr.t("\n\n" + ctx.ch(BODIES[ctx.lang]))
    if ctx.p(0.7):
        fr.t("\n\n")
        for j in range(ctx.r.randint(1, 2)):
            q = author if j == 0 and ctx.p(0.6) else V.person(ctx)
            fr.t(("Signed-off-by: " if j == 0 else "Co-authored-by: "))
            name_email(fr, q)
            fr.t("\n")
    return fr


def gh_commit(ctx):
    a = V.person(ctx)
    c = a if ctx.p(0.6) else V.person(ctx)
    sha = N.sha(ctx)
    return {"sha": Ng("NEG_HASH", sha), "node_id": Ng("NEG_B64", base64.b64encode(f"06:Commit{ctx.r.randint(10 ** 7, 10 ** 9)}:{sha}".encode()).decode()),
            "commit": {"author": {"name": P(a), "email": M(a), "date": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z"))},
                       "committer": {"name": P(c), "email": M(c), "date": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z"))},
                       "message": commit_message(ctx, a),
                       "tree": {"sha": Ng("NEG_HASH", N.sha(ctx))},
                       "verification": {"verified": ctx.p(0.5), "reason": "valid"}},
            "author": gh_user_min(ctx, a),
            "parents": [{"sha": Ng("NEG_HASH", N.sha(ctx))}],
            "stats": {"additions": ctx.r.randint(1, 400), "deletions": ctx.r.randint(0, 300)}}


def gh_pull(ctx):
    a = V.person(ctx)
    num = ctx.r.randint(10, 9999)
    body = Frag()
    body.t(ctx.L(en="This PR fixes the import of users whose GECOS field is empty.",
                 de="Dieser PR behebt den Import von Benutzern mit leerem GECOS-Feld.",
                 fr="Cette PR corrige l'import des utilisateurs dont le champ GECOS est vide.",
                 ru="Этот PR исправляет импорт пользователей с пустым полем GECOS."))
    body.t("\r\n\r\n" + ctx.L(en="Closes ", de="Schließt ", fr="Ferme ", ru="Закрывает ")).n("NEG_ORDER_ID", N.jira_key(ctx)).t(".")
    if ctx.p(0.5):
        r = V.person(ctx)
        body.t("\r\n\r\n" + ctx.L(en="Tested against the staging directory with ", de="Getestet gegen das Staging-Verzeichnis mit ",
                                   fr="Testé sur l'annuaire de recette avec ", ru="Проверено на тестовом каталоге с учёткой "))
        body.e("EMAIL", r.email).t(".")
    revs = [V.person(ctx) for _ in range(ctx.r.randint(1, 2))]
    return {"url": f"https://api.github.com/repos/{V.org_domain(ctx).split('.')[0]}/platform/pulls/{num}",
            "number": num, "state": ctx.ch(["open", "closed"]), "title": subject(ctx, Frag()),
            "user": gh_user_min(ctx, a), "body": body,
            "created_at": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")), "merged_at": None,
            "merge_commit_sha": Ng("NEG_HASH", N.sha(ctx)),
            "requested_reviewers": [gh_user_min(ctx, r) for r in revs],
            "head": {"ref": "fix/gecos-import", "sha": Ng("NEG_HASH", N.sha(ctx))},
            "base": {"ref": "main", "sha": Ng("NEG_HASH", N.sha(ctx))}}


def gh_review_comment(ctx):
    a = V.person(ctx)
    body = Frag()
    kind = ctx.ch(["secret", "email", "ip"])
    if kind == "secret":
        k, sub = V.api_key(ctx)
        body.t(ctx.L(en="This line commits a real token (`", de="Hier landet ein echtes Token im Repo (`",
                     fr="Cette ligne commite un vrai jeton (`", ru="Здесь в репозиторий попадает настоящий токен (`"))
        body.e("API_KEY", k, sub).t("`). " + ctx.L(en="Please rotate it and read it from the env.",
                                                   de="Bitte rotieren und aus der Umgebung lesen.",
                                                   fr="Merci de le révoquer et de le lire depuis l'environnement.",
                                                   ru="Отзовите его и читайте из переменной окружения."))
    elif kind == "email":
        q = V.person(ctx)
        body.t(ctx.L(en="The fixture still contains a real address: ", de="Die Fixture enthält noch eine echte Adresse: ",
                     fr="La fixture contient encore une vraie adresse : ", ru="В фикстуре остался реальный адрес: "))
        body.e("EMAIL", q.email).t(" (").e("PERSON", q.name, q.sub).t(").")
    else:
        body.t(ctx.L(en="Don't hard-code ", de="Bitte nicht ", fr="Ne pas coder en dur ", ru="Не хардкодьте "))
        body.e("IPV4", V.ipv4(ctx, private=True)).t(ctx.L(en=" here, use the service name.", de=" hart kodieren, Servicenamen nutzen.",
                                                         fr=", utilisez le nom du service.", ru=", используйте имя сервиса."))
    return {"id": ctx.r.randint(10 ** 8, 2 * 10 ** 9), "path": N.path(ctx), "line": ctx.r.randint(1, 400),
            "commit_id": Ng("NEG_HASH", N.sha(ctx)), "user": gh_user_min(ctx, a), "body": body,
            "created_at": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")), "author_association": "MEMBER"}


def gh_push(ctx):
    pusher = V.person(ctx)
    commits = []
    for _ in range(ctx.r.randint(1, 3)):
        a = V.person(ctx)
        commits.append({"id": Ng("NEG_HASH", N.sha(ctx)), "message": commit_message(ctx, a),
                        "timestamp": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "off")),
                        "author": {"name": P(a), "email": M(a), "username": Ig(a.login)},
                        "committer": {"name": "GitHub", "email": Ig("noreply@github.com"), "username": "web-flow"},
                        "added": [], "modified": [N.path(ctx)], "removed": []})
    return {"ref": "refs/heads/main", "before": Ng("NEG_HASH", N.sha(ctx)), "after": Ng("NEG_HASH", N.sha(ctx)),
            "repository": {"full_name": V.org_domain(ctx).split(".")[0] + "/platform", "private": True},
            "pusher": {"name": Ig(pusher.login), "email": M(pusher)},
            "sender": gh_user_min(ctx, pusher), "commits": commits}


def gl_push(ctx):
    u = V.person(ctx)
    commits = []
    for _ in range(ctx.r.randint(1, 2)):
        a = V.person(ctx)
        commits.append({"id": Ng("NEG_HASH", N.sha(ctx)), "message": commit_message(ctx, a),
                        "timestamp": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "off")),
                        "author": {"name": P(a), "email": M(a)}})
    return {"object_kind": "push", "event_name": "push", "before": Ng("NEG_HASH", N.sha(ctx)),
            "after": Ng("NEG_HASH", N.sha(ctx)), "ref": "refs/heads/main",
            "user_id": ctx.r.randint(1, 9000), "user_name": P(u), "user_username": Ig(u.login),
            "user_email": M(u), "project_id": ctx.r.randint(1, 3000), "commits": commits,
            "total_commits_count": len(commits)}


JIRA_SUM = {
    "en": ["Paged at night: LDAP sync failing for new hires", "Laptop and accounts for new starter",
           "Rotate leaked CI token", "VPN access request", "Customer data visible in staging logs"],
    "de": ["Nächtlicher Alarm: LDAP-Sync schlägt fehl", "Arbeitsplatz und Konten für neue Mitarbeiterin",
           "Geleaktes CI-Token rotieren", "VPN-Zugang beantragen"],
    "fr": ["Astreinte : la synchro LDAP échoue", "Poste et comptes pour un nouvel arrivant",
           "Révoquer le jeton CI divulgué", "Demande d'accès VPN"],
    "ru": ["Ночной вызов: не работает синхронизация LDAP", "Рабочее место и учётки для нового сотрудника",
           "Отозвать утёкший токен CI", "Запрос доступа к VPN"],
}


def jira_user(ctx, p):
    return {"accountId": Ng("NEG_HASH", V.rs(ctx, N.HEX, 24)), "displayName": P(p), "emailAddress": M(p),
            "active": True, "timeZone": ctx.ch(["Europe/Berlin", "Europe/Paris", "Europe/Moscow", "America/New_York", "Europe/London"])}


def jira_desc(ctx):
    fr = Frag()
    p = V.person(ctx)
    ph, sub = V.phone(ctx)
    fr.t(ctx.L(en="Reporter can be reached at ", de="Melderin erreichbar unter ", fr="Joignable au ", ru="Связь с заявителем: "))
    fr.e("PHONE", ph, sub).t(". ")
    k = ctx.ch(["ip", "person", "secret"])
    if k == "ip":
        fr.t(ctx.L(en="Failed logins come from ", de="Fehlgeschlagene Logins kommen von ", fr="Les échecs de connexion viennent de ",
                   ru="Неудачные входы идут с адреса ")).e("IPV4", V.ipv4(ctx)).t(".")
    elif k == "person":
        fr.t(ctx.L(en="Escalated to ", de="Eskaliert an ", fr="Escaladé à ", ru="Эскалировано на ")).e("PERSON", p.name, p.sub)
        fr.t(" (").e("EMAIL", p.email).t(").")
    else:
        kk, sub = V.api_key(ctx)
        fr.t(ctx.L(en="The token ", de="Das Token ", fr="Le jeton ", ru="Токен ")).e("API_KEY", kk, sub)
        fr.t(ctx.L(en=" was visible in the job log of build ", de=" stand im Job-Log von Build ", fr=" apparaissait dans le log du build ",
                   ru=" был виден в логе сборки ")).n("NEG_ORDER_ID", N.ticket(ctx, "build")).t(".")
    return fr


def jira_issue(ctx):
    rep, asg = V.person(ctx), V.person(ctx)
    proj = ctx.ch(N.JIRA_KEYS)
    comments = []
    for _ in range(ctx.r.randint(0, 2)):
        c = V.person(ctx)
        comments.append({"author": jira_user(ctx, c), "body": jira_desc(ctx),
                         "created": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "off"))})
    return {"key": Ng("NEG_ORDER_ID", N.jira_key(ctx, proj)), "id": str(ctx.r.randint(10000, 999999)),
            "fields": {"summary": ctx.ch(JIRA_SUM[ctx.lang]), "issuetype": {"name": ctx.ch(["Incident", "Task", "Service Request"])},
                       "priority": {"name": ctx.ch(["P1", "P2", "P3", "Major"])},
                       "reporter": jira_user(ctx, rep), "assignee": jira_user(ctx, asg),
                       "created": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "off")),
                       "fixVersions": [{"name": Ng("NEG_VERSION", N.semver(ctx).lstrip("v"))}],
                       "description": jira_desc(ctx), "comment": {"comments": comments, "total": len(comments)}}}


def sentry_event(ctx):
    u = V.person(ctx)
    hdrs = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0", "Accept": "application/json"}
    if ctx.p(0.6):
        hdrs["Authorization"] = F("Bearer ").e("API_KEY", V.jwt(ctx, u.email if ctx.p(0.3) else None), "jwt")
    if ctx.p(0.3):
        hdrs["X-Api-Key"] = E("API_KEY", *V.api_key(ctx))
    user = {"id": str(ctx.r.randint(1, 999999)), "email": M(u), "username": Ig(u.login)}
    user["ip_address"] = E("IPV6", V.ipv6(ctx)) if ctx.p(0.3) else E("IPV4", V.ipv4(ctx))
    if ctx.p(0.4):
        user["name"] = P(u)
    ev = {"event_id": Ng("NEG_HASH", V.rs(ctx, N.HEX, 32)), "timestamp": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "ms")),
          "level": "error", "platform": "python", "release": Ng("NEG_EMAILLIKE", "api@" + N.semver(ctx).lstrip("v")),
          "environment": "production", "user": user,
          "request": {"method": "POST", "url": "https://api." + V.org_domain(ctx) + "/v2/users", "headers": hdrs},
          "exception": {"values": [{"type": "IntegrityError",
                                    "value": F('duplicate key value violates unique constraint "users_email_key": ').e("EMAIL", V.person(ctx).email),
                                    "stacktrace": {"frames": [{"filename": N.path(ctx), "function": N.ident(ctx), "lineno": ctx.r.randint(1, 900)}]}}]},
          "tags": {"server_name": "api-" + V.rs(ctx, "abcdef0123456789", 5), "trace_id": Ng("NEG_UUID", N.uuid4(ctx))}}
    if ctx.p(0.15):
        v, sub = V.mrn(ctx)
        ev["extra"] = {"patient_mrn": E("MEDICAL_RECORD_NUMBER", v, sub), "clinic": "north"}
    return ev


def graph_user(ctx):
    p = V.person(ctx, form="fl", email_kind="org")
    ph, sub = V.phone(ctx, intl=True)
    d = {"id": Ng("NEG_UUID", N.uuid4(ctx)), "displayName": P(p),
         "givenName": E("PERSON", p.first if not p.latin else ascii_fold(p.first), p.sub),
         "surname": E("PERSON", p.last if not p.latin else ascii_fold(p.last), p.sub),
         "mail": M(p), "userPrincipalName": E("EMAIL", p.email), "businessPhones": [E("PHONE", ph, sub)],
         "jobTitle": Ng("NEG_TITLECASE", ctx.ch(N.TITLE["en"])) if ctx.lang == "en" else ctx.ch(["DevOps", "SRE", "IT"]),
         "officeLocation": ctx.ch(["B2-114", "HQ 4.12", "Remote"]), "preferredLanguage": ctx.locale.replace("_", "-")}
    if ctx.p(0.5):
        ph, sub = V.phone(ctx)
        d["mobilePhone"] = E("PHONE", ph, sub)
    return d


def cloudtrail(ctx):
    p = V.person(ctx)
    k, sub = V.api_key(ctx, "aws_access_key_id")
    return {"eventVersion": "1.08", "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + V.rs(ctx, V.B32, 17),
                                                    "userName": Ig(p.login), "accessKeyId": E("API_KEY", k, sub)},
            "eventTime": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")), "eventSource": "iam.amazonaws.com",
            "eventName": ctx.ch(["CreateAccessKey", "ConsoleLogin", "PutUserPolicy", "GetSecretValue"]),
            "awsRegion": ctx.ch(["eu-central-1", "us-east-1", "eu-west-3"]), "sourceIPAddress": E("IPV6", V.ipv6(ctx)) if ctx.p(0.3) else E("IPV4", V.ipv4(ctx)),
            "userAgent": "aws-cli/2.15.30", "requestID": Ng("NEG_UUID", N.uuid4(ctx)),
            "eventID": Ng("NEG_UUID", N.uuid4(ctx))}


def oncall(ctx):
    rows = []
    for lvl in range(1, ctx.r.randint(2, 4)):
        p = V.person(ctx)
        ph, sub = V.phone(ctx, intl=True)
        rows.append({"escalation_level": lvl, "start": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")),
                     "end": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")),
                     "user": {"summary": P(p), "email": M(p),
                              "contact_methods": [{"type": "phone_contact_method", "address": E("PHONE", ph, sub)}]}})
    return {"schedule": {"id": "P" + V.rs(ctx, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6),
                         "summary": Ng("NEG_TITLECASE", N.titlecase(ctx))}, "oncalls": rows}


def hr_ticket(ctx):
    """IT onboarding request with HR data (ServiceNow-like export)."""
    p = V.person(ctx, email_kind="free")
    mgr = V.person(ctx, email_kind="org")
    ph, sub = V.phone(ctx)
    st, rest, asub = V.address(ctx)
    y, m, d = V.ymd(ctx, 1962, 2003)
    var = {"new_hire_name": P(p), "personal_email": M(p), "mobile": E("PHONE", ph, sub),
           "date_of_birth": E("DATE_OF_BIRTH", V.fmt_date(ctx, y, m, d, ctx.ch(["iso", "num"]))),
           "start_date": Ng("NEG_DATE", N.date_neg(ctx, "iso")),
           "home_address": {"street": E("STREET_ADDRESS", st.replace("\n", ", "), asub), "city_postcode": Ig(rest)},
           "manager": {"name": P(mgr), "email": M(mgr)}}
    if ctx.locale == "ru_RU":
        v, s = V.snils(ctx)
        var["snils"] = E("RU_SNILS", v, s)
        v, s = V.inn(ctx, "inn12")
        var["inn"] = Num(E("RU_INN", v, s + "_json_number")) if (ctx.p(0.3) and v[0] != "0") else E("RU_INN", v, s)
        if ctx.p(0.6):
            v, s = V.ru_passport(ctx)
            var["passport"] = E("RU_PASSPORT", v, s)
    elif ctx.locale == "en_US":
        v, s = V.ssn(ctx)
        var["ssn"] = E("US_SSN", v, s)
    if ctx.locale != "en_US" or ctx.p(0.3):
        v, s = V.iban(ctx)
        var["payroll_iban"] = E("IBAN", v, s)
    if ctx.p(0.3):
        v, s = V.credit_card(ctx)
        var["corporate_card"] = E("CREDIT_CARD", v, s)
    var["temp_password"] = E("API_KEY", V.password(ctx), "password")
    var["laptop_asset"] = "LT-" + str(ctx.r.randint(10000, 99999))
    return {"number": Ng("NEG_ORDER_ID", "RITM" + str(ctx.r.randint(10 ** 6, 10 ** 7 - 1))),
            "sys_id": Ng("NEG_HASH", V.rs(ctx, N.HEX, 32)), "opened_at": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "space")),
            "short_description": ctx.ch(JIRA_SUM[ctx.lang][1:2]), "variables": var}


def vault_read(ctx):
    v, sub, core = V.pem(ctx)
    data = {"private_key": E("API_KEY", v, sub, core)}
    if ctx.p(0.7):
        data["db_password"] = E("API_KEY", V.db_password(ctx), "db_password")
    k, s = V.api_key(ctx)
    data["api_token"] = E("API_KEY", k, s)
    if ctx.p(0.5):
        p = V.person(ctx, email_kind="org")
        data["owner"] = M(p)
    return {"request_id": Ng("NEG_UUID", N.uuid4(ctx)), "lease_id": "", "renewable": False, "lease_duration": 0,
            "data": {"data": data, "metadata": {"created_time": Ng("NEG_TIMESTAMP", N.iso_ts(ctx, "ms")),
                                                "version": ctx.r.randint(1, 40), "destroyed": False}},
            "wrap_info": None, "warnings": None, "auth": None}


def ad_package_json(ctx):
    return package_json(ctx)


TEMPLATES = {
    "json.gh_user": gh_user, "json.gh_commit": gh_commit, "json.gh_pull": gh_pull,
    "json.gh_review_comment": gh_review_comment, "json.gh_push": gh_push, "json.gl_push": gl_push,
    "json.jira_issue": jira_issue, "json.sentry_event": sentry_event, "json.graph_user": graph_user,
    "json.cloudtrail": cloudtrail, "json.oncall": oncall, "json.hr_ticket": hr_ticket,
    "json.package_json": ad_package_json, "json.vault_read": vault_read,
}
WEIGHTS = {"json.gh_commit": 2, "json.gh_push": 2, "json.jira_issue": 2, "json.sentry_event": 2,
           "json.hr_ticket": 2, "json.package_json": 1.5}


def wrap_list(ctx, name, items):
    """wrap several items like an API list / search response"""
    k = name.split(".", 1)[1]
    if k in ("gh_commit", "gh_pull", "gh_review_comment", "gh_user", "graph_user") and ctx.p(0.5):
        return items if k != "graph_user" else {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": items}
    if k == "jira_issue":
        return {"expand": "names,schema", "startAt": 0, "maxResults": 50, "total": len(items), "issues": items}
    if k == "cloudtrail":
        return {"Records": items}
    if k == "sentry_event":
        return {"data": items, "meta": {"count": len(items)}}
    return {"items": items, "total_count": len(items), "incomplete_results": False}

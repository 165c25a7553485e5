"""ad_art_ops - directory / config / data-export artefacts as annotated fragments."""
from __future__ import annotations

import base64

import ad_negs as N
import ad_values as V
from ad_art_git import name_email
from ad_common import Frag, ascii_fold

JOB = {
    "en": ["Senior Site Reliability Engineer", "Staff Software Engineer", "Engineering Manager",
           "Security Analyst", "Database Administrator", "IT Support Specialist"],
    "de": ["Systemadministratorin", "Softwareentwickler", "Teamleiter Betrieb", "IT-Sicherheitsbeauftragter",
           "Datenbankadministrator"],
    "fr": ["Ingénieur d'exploitation", "Développeuse backend", "Responsable d'équipe", "Administrateur systèmes",
           "Analyste sécurité"],
    "ru": ["Ведущий инженер", "Системный администратор", "Руководитель группы", "Разработчик",
           "Специалист по информационной безопасности"],
}


def dc(ctx):
    d = V.org_domain(ctx).split(".")
    return ",".join(f"dc={x}" for x in d)


def ldif_entry(ctx, full=None, dob=None):
    full = ctx.p(0.6) if full is None else full
    fr = Frag()
    p = V.person(ctx, form="fl", latin=(ctx.locale == "ru_RU"), email_kind="org")
    fr.t("dn: uid=").i(p.login).t(f",ou={ctx.ch(['People', 'people', 'Users'])},{dc(ctx)}\n")
    fr.t("objectClass: inetOrgPerson\nobjectClass: posixAccount\nuid: ").i(p.login).t("\n")
    fr.t("cn: ").e("PERSON", p.name, p.sub).t("\n")
    if full:
        fr.t("sn: ").e("PERSON", ascii_fold(p.last) if p.latin else p.last, p.sub).t("\n")
        fr.t("givenName: ").e("PERSON", ascii_fold(p.first) if p.latin else p.first, p.sub).t("\n")
    if ctx.locale == "ru_RU":
        disp = f"{p.last} {p.first} {p.middle}"
        fr.t("displayName:: ").i(base64.b64encode(disp.encode()).decode()).t("\n")
    fr.t("mail: ").e("EMAIL", p.email).t("\n")
    ph, sub = V.phone(ctx, intl=True)
    fr.t("telephoneNumber: ").e("PHONE", ph, sub).t("\n")
    if full and ctx.p(0.6):
        ph, sub = V.phone(ctx)
        fr.t("mobile: ").e("PHONE", ph, sub).t("\n")
    if ctx.lang == "en":
        fr.t("title: ").n("NEG_TITLECASE", ctx.ch(JOB["en"])).t("\n")
    else:
        fr.t("title: " + ctx.ch(JOB[ctx.lang]) + "\n")
    fr.t("departmentNumber: ").n("NEG_TITLECASE", N.titlecase(ctx)).t("\n")
    uid = ctx.r.randint(1000, 60000)
    fr.t("uidNumber: ").n("NEG_NUMBER", str(uid)).t(f"\ngidNumber: {ctx.r.choice([100, 1000, 5000])}\n")
    fr.t("homeDirectory: /home/").i(p.login).t("\nloginShell: /bin/bash\n")
    if full:
        fr.t("employeeNumber: ").i(str(ctx.r.randint(10000, 99999))).t("\n")
        if ctx.p(0.5):
            st, rest, sub = V.address(ctx)
            fr.t("postalAddress: ").e("STREET_ADDRESS", st.replace("\n", "$"), sub).t("$").i(rest.replace(", ", "$")).t("\n")
    if dob or (dob is None and full and ctx.p(0.35)):
        y, m, d = V.ymd(ctx, 1960, 2002)
        fr.t(ctx.ch(["birthDate: ", "dateOfBirth: "])).e("DATE_OF_BIRTH", ctx.ch([f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}"])).t("\n")
    if full and ctx.p(0.4):
        fr.t("userPassword: ").i("{SSHA}" + V.rs(ctx, V.B64, 32)).t("\n")
    if ctx.p(0.5):
        fr.t("createTimestamp: ").n("NEG_TIMESTAMP", f"{ctx.r.randint(2015, 2025)}{ctx.r.randint(1, 12):02d}"
                                    f"{ctx.r.randint(1, 28):02d}{ctx.r.randint(0, 23):02d}{ctx.r.randint(0, 59):02d}"
                                    f"{ctx.r.randint(0, 59):02d}Z").t("\n")
    return fr


def ldapsearch(ctx, n):
    fr = Frag()
    flt = ctx.ch(["(objectClass=inetOrgPerson)", "(memberOf=cn=oncall,ou=Groups," + dc(ctx) + ")", "(uid=*)",
                  "(&(objectClass=posixAccount)(loginShell=/bin/bash))"])
    fr.t(f"# extended LDIF\n#\n# LDAPv3\n# base <ou=People,{dc(ctx)}> with scope subtree\n# filter: {flt}\n"
         "# requesting: ALL\n#\n\n")
    for _ in range(n):
        fr.t("# ").t("entry\n")
        fr.f(ldif_entry(ctx))
        fr.t("\n")
    fr.t(f"# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: {n + 1}\n# numEntries: {n}\n")
    return fr


def passwd_lines(ctx, n):
    fr = Frag()
    for acct in ["root:x:0:0:root:/root:/bin/bash", "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
                 "sshd:x:110:65534::/run/sshd:/usr/sbin/nologin"][:ctx.r.randint(0, 3)]:
        fr.t(acct + "\n")
    uid = ctx.r.randint(1000, 1200)
    for _ in range(n):
        p = V.person(ctx, form="fl")
        uid += ctx.r.randint(1, 7)
        fr.i(p.login).t(f":x:{uid}:{uid}:").e("PERSON", p.name, p.sub)
        fields = ctx.r.randint(0, 3)
        if fields >= 1:
            fr.t(",").t(ctx.ch(["Room 4.12", "B2-114", "Bldg 7", "", "R. 301", "каб. 512"]))
        if fields >= 2:
            ph, sub = V.phone(ctx)
            fr.t(",").e("PHONE", ph, sub)
        if fields >= 3:
            ph, sub = V.phone(ctx)
            fr.t(",").e("PHONE", ph, sub).t(",")
        fr.t(":/home/").i(p.login).t(":" + ctx.ch(["/bin/bash", "/bin/zsh", "/usr/bin/fish"]) + "\n")
    fr.t("svc-backup:x:998:998:Backup Service:/var/lib/backup:/usr/sbin/nologin\n")
    return fr


def gitconfig(ctx, p=None):
    p = p or V.person(ctx)
    fr = Frag()
    fr.t("[user]\n\tname = ").e("PERSON", p.name, p.sub).t("\n\temail = ").e("EMAIL", p.email).t("\n")
    if ctx.p(0.5):
        fr.t("\tsigningkey = ").n("NEG_HASH", V.rs(ctx, "0123456789ABCDEF", 16)).t("\n[commit]\n\tgpgsign = true\n")
    fr.t("[core]\n\teditor = vim\n\tautocrlf = input\n")
    if ctx.p(0.6):
        fr.t("[github]\n\tuser = ").i(p.login).t("\n")
        if ctx.p(0.6):
            k, sub = V.api_key(ctx, ctx.ch(["github_pat_classic", "github_pat_fine"]))
            fr.t("\ttoken = ").e("API_KEY", k, sub).t("\n")
    if ctx.p(0.5):
        k, sub = V.api_key(ctx, "gitlab")
        fr.t('[url "https://oauth2:').e("API_KEY", k, sub).t('@gitlab.' + V.org_domain(ctx) + '/"]\n\tinsteadOf = https://gitlab.'
                                                             + V.org_domain(ctx) + "/\n")
    fr.t("[alias]\n\tlg = log --graph --oneline --decorate\n")
    return fr


def authorized_keys(ctx, n):
    fr = Frag()
    for _ in range(n):
        if ctx.p(0.25):
            fr.t('from="').e("IPV4", V.ipv4(ctx)).t('",no-agent-forwarding ')
        algo, body = N.ssh_pubkey(ctx)
        fr.t(algo + " ").n("NEG_B64", body).t(" ")
        p = V.person(ctx, email_kind=ctx.ch(["org", "free"]))
        k = ctx.ch(["email", "email", "host", "name"])
        if k == "email":
            fr.e("EMAIL", p.email)
        elif k == "host":
            fr.i(f"{p.login}@{ctx.ch(['laptop', 'workstation', 'mbp-' + p.login[:4], 'thinkpad'])}")
        else:
            fr.e("PERSON", p.name, p.sub)
        fr.t("\n")
    return fr


def db_url(ctx, fr, scheme=None, host_ip=None):
    ports = {"postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672, "postgres": 6432}
    scheme = scheme or ctx.ch(sorted(ports))
    port = ports[scheme]
    user = ctx.ch(["app", "svc_api", "admin", "deploy", "grafana", "keycloak", "billing"])
    fr.t(f"{scheme}://{user}:").e("API_KEY", V.db_password(ctx), "db_password").t("@")
    if host_ip or (host_ip is None and ctx.p(0.4)):
        fr.e("IPV4", V.ipv4(ctx, private=True))
    else:
        fr.t(ctx.ch(["db.internal", "pg-primary.prod.svc.cluster.local", "rds-main", "redis-master", "mq01"]))
    fr.t(f":{port}/{ctx.ch(['app', 'prod', 'keycloak', 'billing', '0'])}")
    return fr


def kube_secret(ctx):
    fr = Frag()
    app = ctx.ch(["api", "billing", "keycloak", "grafana", "worker", "notifier"])
    fr.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {app}-credentials\n  namespace: {ctx.ch(['prod', 'staging', 'ops'])}\n")
    fr.t("  annotations:\n    rotated-at: \"").n("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")).t("\"\ntype: Opaque\n")
    fr.t("stringData:\n  DATABASE_URL: ")
    db_url(ctx, fr)
    fr.t("\n")
    k, sub = V.api_key(ctx)
    fr.t(f"  {V.ENV_NAME[sub]}: ").e("API_KEY", k, sub).t("\n")
    if ctx.p(0.5):
        fr.t("  ADMIN_PASSWORD: ").e("API_KEY", V.password(ctx), "password").t("\n")
    if ctx.p(0.5):
        p = V.person(ctx, email_kind="org")
        fr.t("  SMTP_USER: ").e("EMAIL", p.email).t("\n")
    if ctx.p(0.6):
        fr.t("data:\n  tls.key: ").i(V.rs(ctx, V.B64, 60) + "==").t("\n")
    return fr


def helm_values(ctx):
    fr = Frag()
    fr.t("image:\n  repository: ghcr.io/" + V.org_domain(ctx).split(".")[0] + "/api\n  tag: \"").n(
        "NEG_VERSION", N.semver(ctx).lstrip("v")).t("\"\n  digest: ").n("NEG_B64", N.image_digest(ctx)).t("\n")
    fr.t(f"replicaCount: {ctx.r.randint(2, 6)}\nenv:\n  LOG_LEVEL: info\n  SENTRY_ENVIRONMENT: production\n")
    if ctx.p(0.6):
        fr.t("  REDIS_URL: ")
        db_url(ctx, fr, scheme="redis")
        fr.t("\n")
    fr.t("secrets:\n")
    k, sub = V.api_key(ctx)
    fr.t("  apiToken: ").e("API_KEY", k, sub).t("\n")
    if ctx.p(0.5):
        fr.t("  jwtSigningKey: \"").e("API_KEY", V.rs(ctx, V.ALNUM, 48), "password").t("\"\n")
    fr.t("oncall:\n  escalation:\n")
    for _ in range(ctx.r.randint(1, 2)):
        p = V.person(ctx)
        ph, sub = V.phone(ctx, intl=True)
        fr.t("    - name: \"").e("PERSON", p.name, p.sub).t("\"\n      phone: \"").e("PHONE", ph, sub).t("\"\n")
    fr.t("ingress:\n  allowlist:\n")
    for _ in range(ctx.r.randint(1, 3)):
        if ctx.p(0.3):
            fr.t("    - ").e("IPV6", V.ipv6(ctx)).t("/128\n")
        else:
            fr.t("    - ").e("IPV4", V.ipv4(ctx)).t("/32\n")
    return fr


def env_file(ctx):
    fr = Frag()
    fr.t("# generated ").n("NEG_TIMESTAMP", N.iso_ts(ctx)).t("\nAPP_ENV=production\nDATABASE_URL=")
    db_url(ctx, fr)
    fr.t("\n")
    k, sub = V.api_key(ctx, "aws_access_key_id")
    fr.t("AWS_ACCESS_KEY_ID=").e("API_KEY", k, sub).t("\nAWS_SECRET_ACCESS_KEY=").e(
        "API_KEY", V.api_key(ctx, "aws_secret_key")[0], "aws_secret_key").t("\n")
    k, sub = V.api_key(ctx, ctx.ch(["slack", "stripe", "openai_like", "google_api"]))
    fr.t(f"{V.ENV_NAME[sub]}=").e("API_KEY", k, sub).t("\n")
    fr.t("SENTRY_RELEASE=").n("NEG_EMAILLIKE", "api@" + N.semver(ctx).lstrip("v")).t("\n")
    return fr


def npmrc(ctx):
    fr = Frag()
    k, sub = V.api_key(ctx, "npm_token")
    fr.t("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=").e("API_KEY", k, sub).t("\n")
    if ctx.p(0.5):
        k, sub = V.api_key(ctx, "github_pat_classic")
        fr.t("//npm.pkg.github.com/:_authToken=").e("API_KEY", k, sub).t("\n")
    p = V.person(ctx)
    fr.t("email=").e("EMAIL", p.email).t("\nalways-auth=true\n")
    return fr


def sql_dump(ctx, n, table=None):
    fr = Frag()
    ru = ctx.locale == "ru_RU"
    table = table or ctx.ch(["users", "employees", "accounts", "staff"])
    cols = ["id", "full_name", "email", "phone", "date_of_birth"]
    extra = "snils" if ru else ("ssn" if ctx.locale == "en_US" else ("iban" if ctx.p(0.6) else None))
    if extra:
        cols.append(extra)
    cols += ["last_login_ip", "created_at"]
    fr.t(f"--\n-- Dumping data for table `{table}`\n--\n\nLOCK TABLES `{table}` WRITE;\n")
    fr.t(f"INSERT INTO `{table}` ({', '.join('`' + c + '`' for c in cols)}) VALUES\n")
    for k in range(n):
        p = V.person(ctx)
        fr.t(f"({ctx.r.randint(1, 99999)},'").e("PERSON", p.name.replace("'", "''"), p.sub)
        fr.t("','").e("EMAIL", p.email).t("',")
        if ctx.p(0.85):
            ph, sub = V.phone(ctx)
            fr.t("'").e("PHONE", ph, sub).t("',")
        else:
            fr.t("NULL,")
        y, m, d = V.ymd(ctx, 1960, 2003)
        fr.t("'").e("DATE_OF_BIRTH", f"{y}-{m:02d}-{d:02d}").t("',")
        if extra == "snils":
            v, sub = V.snils(ctx)
            fr.t("'").e("RU_SNILS", v, sub).t("',")
        elif extra == "ssn":
            v, sub = V.ssn(ctx)
            fr.t("'").e("US_SSN", v, sub).t("',")
        elif extra == "iban":
            v, sub = V.iban(ctx)
            fr.t("'").e("IBAN", v, sub).t("',")
        if ctx.p(0.5):
            fr.t("'").e("IPV4", V.ipv4(ctx)).t("',")
        else:
            fr.t("NULL,")
        fr.t("'").n("NEG_TIMESTAMP", N.iso_ts(ctx, "space")).t("')")
        fr.t(",\n" if k < n - 1 else ";\n")
    fr.t("UNLOCK TABLES;\n")
    return fr


def csv_export(ctx, n, sep=None):
    sep = sep or (";" if ctx.locale in ("de_DE", "fr_FR", "ru_RU") and ctx.p(0.6) else ",")
    fr = Frag()
    hdr = {"en": ["name", "email", "phone", "team", "start_date", "ip"],
           "de": ["Name", "E-Mail", "Telefon", "Team", "Eintrittsdatum", "IP"],
           "fr": ["Nom", "Courriel", "Téléphone", "Équipe", "Date d'entrée", "IP"],
           "ru": ["ФИО", "Почта", "Телефон", "Отдел", "Дата приёма", "IP"]}[ctx.lang]
    fr.t(sep.join(hdr) + "\n")
    for _ in range(n):
        p = V.person(ctx)
        q = '"' if ("," in p.name and sep == ",") or ctx.p(0.2) else ""
        fr.t(q).e("PERSON", p.name, p.sub).t(q + sep).e("EMAIL", p.email).t(sep)
        ph, sub = V.phone(ctx)
        fr.e("PHONE", ph, sub).t(sep)
        tc = N.titlecase(ctx)
        fr.t('"' if sep in tc else "").n("NEG_TITLECASE", tc).t(('"' if sep in tc else "") + sep)
        fr.n("NEG_DATE", N.date_neg(ctx, "iso")).t(sep)
        if ctx.p(0.5):
            fr.e("IPV4", V.ipv4(ctx, private=True))
        fr.t("\n")
    return fr


def kubeconfig(ctx):
    fr = Frag()
    p = V.person(ctx, email_kind="org")
    fr.t("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ").n("NEG_B64", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + V.rs(ctx, V.B64, 60))
    fr.t("\n    server: https://").e("IPV4", V.ipv4(ctx, private=True)).t(":6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: ")
    fr.e("EMAIL", p.email).t("\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: ").e("EMAIL", p.email)
    fr.t("\n  user:\n")
    if ctx.p(0.6):
        fr.t("    token: ").e("API_KEY", V.jwt(ctx), "jwt").t("\n")
    else:
        fr.t("    client-certificate-data: ").n("NEG_B64", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + V.rs(ctx, V.B64, 48)).t("\n")
        fr.t("    client-key-data: ").i("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ" + V.rs(ctx, V.B64, 60)).t("\n")
    return fr


def tls_secret(ctx):
    fr = Frag()
    fr.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {ctx.ch(['ingress-tls', 'api-tls', 'sso-signing'])}\ntype: kubernetes.io/tls\n")
    fr.t("stringData:\n  tls.key: |\n    ")
    v, sub, core = V.pem_indented(ctx, "    ")
    fr.e("API_KEY", v, sub, core=core).t("\n")
    if ctx.p(0.5):
        fr.t("  webhook-secret: ").e("API_KEY", V.rs(ctx, "0123456789abcdef", 40), "password").t("\n")
    return fr


def private_key_paste(ctx):
    fr = Frag()
    v, sub, core = V.pem(ctx)
    fr.e("API_KEY", v, sub, core=core).t("\n")
    return fr

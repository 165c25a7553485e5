"""ad_chat - short assistant replies that quote / summarise a dev-ops artefact."""
from __future__ import annotations

import ad_art_git as G
import ad_art_ops as O
import ad_negs as N
import ad_values as V
from ad_common import F, Frag, jfrag

INTRO = {
    "git_log": dict(en=["Here's the output of `git log -{n}`:", "These are the last {n} commits on main:"],
                    de=["Hier ist die Ausgabe von `git log -{n}`:", "Das sind die letzten {n} Commits auf main:"],
                    fr=["Voici la sortie de `git log -{n}` :", "Voici les {n} derniers commits sur main :"],
                    ru=["Вот вывод `git log -{n}`:", "Последние {n} коммита в main:"]),
    "git_show": dict(en=["`git show` for the suspicious commit:", "This is the commit that leaked the credentials:"],
                     de=["`git show` für den verdächtigen Commit:", "Das ist der Commit, mit dem die Zugangsdaten geleakt wurden:"],
                     fr=["`git show` du commit suspect :", "Voici le commit qui a divulgué les identifiants :"],
                     ru=["`git show` для подозрительного коммита:", "Вот коммит, в котором утекли учётные данные:"]),
    "blame": dict(en=["`git blame -L` on the function you asked about:"], de=["`git blame -L` für die Funktion:"],
                  fr=["`git blame -L` sur la fonction demandée :"], ru=["`git blame -L` по нужной функции:"]),
    "trailers": dict(en=["Add these trailers at the end of the commit message:"],
                     de=["Diese Trailer gehören ans Ende der Commit-Nachricht:"],
                     fr=["Ajoutez ces trailers à la fin du message de commit :"],
                     ru=["Добавьте эти трейлеры в конец сообщения коммита:"]),
    "shortlog": dict(en=["Top contributors (`git shortlog -sne`):"], de=["Die aktivsten Beitragenden (`git shortlog -sne`):"],
                     fr=["Principaux contributeurs (`git shortlog -sne`) :"], ru=["Самые активные авторы (`git shortlog -sne`):"]),
    "codeowners": dict(en=["Here is a CODEOWNERS file matching your teams:"], de=["Hier eine passende CODEOWNERS-Datei:"],
                       fr=["Voici un fichier CODEOWNERS adapté à vos équipes :"], ru=["Вот файл CODEOWNERS под ваши команды:"]),
    "maintainers": dict(en=["The MAINTAINERS entries look like this:"], de=["Die MAINTAINERS-Einträge sehen so aus:"],
                        fr=["Les entrées MAINTAINERS ressemblent à ceci :"], ru=["Записи в MAINTAINERS выглядят так:"]),
    "authors": dict(en=["Generated AUTHORS file:"], de=["Generierte AUTHORS-Datei:"], fr=["Fichier AUTHORS généré :"],
                    ru=["Сгенерированный файл AUTHORS:"]),
    "debian": dict(en=["The packaging metadata from `debian/`:"], de=["Die Paket-Metadaten aus `debian/`:"],
                   fr=["Les métadonnées de paquet dans `debian/` :"], ru=["Метаданные пакета из `debian/`:"]),
    "rpm": dict(en=["The %changelog section of the spec file:"], de=["Der %changelog-Abschnitt der Spec-Datei:"],
                fr=["La section %changelog du fichier spec :"], ru=["Раздел %changelog из spec-файла:"]),
    "pyproject": dict(en=["Your `pyproject.toml` with the authors table filled in:"], de=["Die `pyproject.toml` mit Autorentabelle:"],
                      fr=["Le `pyproject.toml` avec la table des auteurs :"], ru=["`pyproject.toml` с таблицей авторов:"]),
    "package_json": dict(en=["Updated `package.json`:"], de=["Aktualisierte `package.json`:"], fr=["`package.json` mis à jour :"],
                         ru=["Обновлённый `package.json`:"]),
    "ldif": dict(en=["`ldapsearch` returned:"], de=["`ldapsearch` liefert:"], fr=["`ldapsearch` renvoie :"], ru=["`ldapsearch` вернул:"]),
    "passwd": dict(en=["Relevant lines from /etc/passwd on the bastion:"], de=["Die relevanten Zeilen aus /etc/passwd auf dem Bastion-Host:"],
                   fr=["Les lignes concernées de /etc/passwd sur le bastion :"], ru=["Нужные строки из /etc/passwd на бастионе:"]),
    "gitconfig": dict(en=["Your `~/.gitconfig` currently contains:"], de=["Deine `~/.gitconfig` enthält derzeit:"],
                      fr=["Votre `~/.gitconfig` contient actuellement :"], ru=["Сейчас ваш `~/.gitconfig` содержит:"]),
    "authorized_keys": dict(en=["`~/.ssh/authorized_keys` on the deploy host:"], de=["`~/.ssh/authorized_keys` auf dem Deploy-Host:"],
                            fr=["`~/.ssh/authorized_keys` sur l'hôte de déploiement :"], ru=["`~/.ssh/authorized_keys` на хосте деплоя:"]),
    "kube": dict(en=["The manifest you pasted:"], de=["Das Manifest, das du eingefügt hast:"], fr=["Le manifeste que vous avez collé :"],
                 ru=["Манифест, который вы прислали:"]),
    "helm": dict(en=["Current `values-prod.yaml`:"], de=["Aktuelle `values-prod.yaml`:"], fr=["`values-prod.yaml` actuel :"],
                 ru=["Текущий `values-prod.yaml`:"]),
    "env": dict(en=["The `.env` from the image layer:"], de=["Die `.env` aus dem Image-Layer:"], fr=["Le `.env` trouvé dans la couche de l'image :"],
                ru=["`.env` из слоя образа:"]),
    "npmrc": dict(en=["The `.npmrc` in the CI workspace:"], de=["Die `.npmrc` im CI-Workspace:"], fr=["Le `.npmrc` de l'espace CI :"],
                  ru=["`.npmrc` в рабочей папке CI:"]),
    "sql": dict(en=["An excerpt of the dump:"], de=["Ein Auszug aus dem Dump:"], fr=["Un extrait du dump :"], ru=["Фрагмент дампа:"]),
    "kubeconfig": dict(en=["`kubectl config view --raw` shows:"], de=["`kubectl config view --raw` zeigt:"],
                       fr=["`kubectl config view --raw` affiche :"], ru=["`kubectl config view --raw` показывает:"]),
    "tls": dict(en=["The TLS secret from the chart:"], de=["Das TLS-Secret aus dem Chart:"], fr=["Le secret TLS du chart :"],
                ru=["TLS-секрет из чарта:"]),
    "private_key": dict(en=["You pasted the contents of `~/.ssh/id_deploy`, which is the private half:"],
                        de=["Du hast den Inhalt von `~/.ssh/id_deploy` eingefügt, also den privaten Schlüssel:"],
                        fr=["Vous avez collé le contenu de `~/.ssh/id_deploy`, c'est-à-dire la clé privée :"],
                        ru=["Вы вставили содержимое `~/.ssh/id_deploy`, то есть закрытый ключ:"]),
    "csv": dict(en=["First rows of the export:"], de=["Die ersten Zeilen des Exports:"], fr=["Premières lignes de l'export :"],
                ru=["Первые строки выгрузки:"]),
}
OUTRO = {
    "secret": dict(en=["Rotate these credentials before anything else, then rewrite the history.",
                       "Treat the values above as compromised and revoke them."],
                   de=["Zuerst die Zugangsdaten rotieren, danach die History bereinigen.", "Die Werte oben gelten als kompromittiert."],
                   fr=["Révoquez d'abord ces identifiants, puis réécrivez l'historique.", "Considérez ces valeurs comme compromises."],
                   ru=["Сначала отзовите эти учётные данные, затем перепишите историю.", "Считайте эти значения скомпрометированными."]),
    "people": dict(en=["Let me know if you want this grouped by team.", "I can turn this into a table if that helps."],
                   de=["Soll ich das nach Teams gruppieren?", "Ich kann das gern als Tabelle aufbereiten."],
                   fr=["Je peux regrouper cela par équipe si besoin.", "Je peux en faire un tableau si vous voulez."],
                   ru=["Могу сгруппировать по командам.", "Могу оформить это таблицей."]),
}

SECRET_KINDS = {"git_show", "gitconfig", "kube", "helm", "env", "npmrc", "kubeconfig", "tls", "private_key"}


def block(ctx, kind, body: Frag, lang_tag="", n=None):
    fr = Frag()
    fr.t(ctx.L(**INTRO[kind]).replace("{n}", str(n or "")) + "\n\n```" + lang_tag + "\n")
    fr.f(body)
    if not body.text.endswith("\n"):
        fr.t("\n")
    fr.t("```\n\n")
    fr.t(ctx.L(**OUTRO["secret" if kind in SECRET_KINDS else "people"]))
    return fr


def c_git_log(ctx):
    n = ctx.r.randint(1, 3)
    body = Frag()
    for k in range(n):
        body.f(G.git_commit(ctx, fuller=ctx.p(0.2)))
        if k < n - 1:
            body.t("\n")
    return block(ctx, "git_log", body, n=n)


def c_git_show(ctx):
    return block(ctx, "git_show", G.git_commit(ctx, show_diff=True), "diff")


def c_blame(ctx):
    fr = block(ctx, "blame", G.git_blame(ctx, ctx.r.randint(4, 9)))
    return fr


def c_trailers(ctx):
    body = Frag()
    G.trailers(ctx, body, indent="", k=ctx.r.randint(2, 4))
    return block(ctx, "trailers", body)


def c_shortlog(ctx):
    return block(ctx, "shortlog", G.shortlog(ctx, ctx.r.randint(3, 6)))


def c_codeowners(ctx):
    return block(ctx, "codeowners", G.codeowners(ctx, ctx.r.randint(3, 6)))


def c_maintainers(ctx):
    if ctx.p(0.5):
        return block(ctx, "maintainers", G.maintainers(ctx, ctx.r.randint(1, 2)))
    return block(ctx, "authors", G.authors_file(ctx, ctx.r.randint(3, 6)))


def c_debian(ctx):
    body = G.debian_control(ctx) if ctx.p(0.5) else G.debian_changelog(ctx, ctx.r.randint(1, 3))
    return block(ctx, "debian", body)


def c_rpm(ctx):
    return block(ctx, "rpm", G.rpm_changelog(ctx, ctx.r.randint(2, 4)), "spec")


def c_pyproject(ctx):
    return block(ctx, "pyproject", G.pyproject(ctx), "toml")


def c_package_json(ctx):
    return block(ctx, "package_json", jfrag(G.package_json(ctx), "indent2"), "json")


def c_ldif(ctx):
    body = O.ldapsearch(ctx, ctx.r.randint(1, 2)) if ctx.p(0.5) else O.ldif_entry(ctx, full=True)
    return block(ctx, "ldif", body, "ldif")


def c_passwd(ctx):
    return block(ctx, "passwd", O.passwd_lines(ctx, ctx.r.randint(2, 5)))


def c_gitconfig(ctx):
    return block(ctx, "gitconfig", O.gitconfig(ctx), "ini")


def c_authorized_keys(ctx):
    return block(ctx, "authorized_keys", O.authorized_keys(ctx, ctx.r.randint(2, 4)))


def c_kube(ctx):
    return block(ctx, "kube", O.kube_secret(ctx), "yaml")


def c_helm(ctx):
    return block(ctx, "helm", O.helm_values(ctx), "yaml")


def c_env(ctx):
    return block(ctx, "env", O.env_file(ctx), "dotenv")


def c_npmrc(ctx):
    return block(ctx, "npmrc", O.npmrc(ctx), "ini")


def c_sql(ctx):
    return block(ctx, "sql", O.sql_dump(ctx, ctx.r.randint(2, 3)), "sql")


def c_csv(ctx):
    return block(ctx, "csv", O.csv_export(ctx, ctx.r.randint(2, 4)), "csv")


def c_kubeconfig(ctx):
    return block(ctx, "kubeconfig", O.kubeconfig(ctx), "yaml")


def c_tls(ctx):
    return block(ctx, "tls", O.tls_secret(ctx), "yaml")


def c_private_key(ctx):
    return block(ctx, "private_key", O.private_key_paste(ctx))


# ---- prose-only replies ---------------------------------------------------------------------------
def c_commit_summary(ctx):
    a, r = V.person(ctx), V.person(ctx)
    fr = Frag()
    if ctx.lang == "de":
        fr.t("Der Fix stammt von ").e("PERSON", a.name, a.sub).t(" (").e("EMAIL", a.email).t(") und wurde in Commit ")
        fr.n("NEG_HASH", N.short_sha(ctx)).t(" am ").n("NEG_DATE", N.date_neg(ctx)).t(" gemergt; Review durch ")
        fr.e("PERSON", r.name, r.sub).t(". Er ist ab Version ").n("NEG_VERSION", N.semver(ctx)).t(" enthalten.")
    elif ctx.lang == "fr":
        fr.t("Le correctif a été écrit par ").e("PERSON", a.name, a.sub).t(" (").e("EMAIL", a.email).t(") et fusionné dans le commit ")
        fr.n("NEG_HASH", N.short_sha(ctx)).t(" le ").n("NEG_DATE", N.date_neg(ctx)).t(", relu par ")
        fr.e("PERSON", r.name, r.sub).t(". Il est livré à partir de la version ").n("NEG_VERSION", N.semver(ctx)).t(".")
    elif ctx.lang == "ru":
        fr.t("Исправление сделал(а) ").e("PERSON", a.name, a.sub).t(" (").e("EMAIL", a.email).t("), коммит ")
        fr.n("NEG_HASH", N.short_sha(ctx)).t(" влит ").n("NEG_DATE", N.date_neg(ctx)).t(", ревьюер — ")
        fr.e("PERSON", r.name, r.sub).t(". Входит в релиз ").n("NEG_VERSION", N.semver(ctx)).t(".")
    else:
        fr.t("The fix was written by ").e("PERSON", a.name, a.sub).t(" (").e("EMAIL", a.email).t(") and landed in ")
        fr.n("NEG_HASH", N.short_sha(ctx)).t(" on ").n("NEG_DATE", N.date_neg(ctx)).t(" after review by ")
        fr.e("PERSON", r.name, r.sub).t(". It ships in ").n("NEG_VERSION", N.semver(ctx)).t(" (PR ").n(
            "NEG_ORDER_ID", N.ticket(ctx, "pr")).t(").")
    return fr


def c_handover(ctx):
    a, b = V.person(ctx), V.person(ctx)
    ph, sub = V.phone(ctx, intl=True)
    ip = V.ipv4(ctx)
    fr = Frag()
    inc = N.ticket(ctx, "inc")
    if ctx.lang == "de":
        fr.t("Übergabe Bereitschaft: ").n("NEG_ORDER_ID", inc).t(" ist noch offen. ").e("PERSON", a.name, a.sub)
        fr.t(" wurde um ").n("NEG_TIMESTAMP", N.hm(ctx)).t(" alarmiert und hat ").e("PERSON", b.name, b.sub)
        fr.t(" hinzugezogen. Telefonbrücke: ").e("PHONE", ph, sub).t(". Die Angriffe kamen von ").e("IPV4", ip)
        fr.t("; die Firewall-Regel ist seit Build ").n("NEG_ORDER_ID", N.ticket(ctx, "build")).t(" aktiv.")
    elif ctx.lang == "fr":
        fr.t("Passation d'astreinte : ").n("NEG_ORDER_ID", inc).t(" reste ouvert. ").e("PERSON", a.name, a.sub)
        fr.t(" a été appelé(e) à ").n("NEG_TIMESTAMP", N.hm(ctx)).t(" et a fait intervenir ").e("PERSON", b.name, b.sub)
        fr.t(". Pont téléphonique : ").e("PHONE", ph, sub).t(". Les tentatives venaient de ").e("IPV4", ip)
        fr.t(", bloquée depuis le build ").n("NEG_ORDER_ID", N.ticket(ctx, "build")).t(".")
    elif ctx.lang == "ru":
        fr.t("Передача дежурства: ").n("NEG_ORDER_ID", inc).t(" ещё открыт. ").e("PERSON", a.name, a.sub)
        fr.t(" получил(а) вызов в ").n("NEG_TIMESTAMP", N.hm(ctx)).t(" и подключил(а) ").e("PERSON", b.name, b.sub)
        fr.t(". Телефонный мост: ").e("PHONE", ph, sub).t(". Атака шла с адреса ").e("IPV4", ip)
        fr.t(", он заблокирован начиная со сборки ").n("NEG_ORDER_ID", N.ticket(ctx, "build")).t(".")
    else:
        fr.t("On-call handover: ").n("NEG_ORDER_ID", inc).t(" is still open. ").e("PERSON", a.name, a.sub)
        fr.t(" was paged at ").n("NEG_TIMESTAMP", N.hm(ctx)).t(" and pulled in ").e("PERSON", b.name, b.sub)
        fr.t(". Bridge line: ").e("PHONE", ph, sub).t(". The traffic came from ").e("IPV4", ip)
        fr.t(", blocked since build ").n("NEG_ORDER_ID", N.ticket(ctx, "build")).t(".")
    return fr


def c_onboarding(ctx):
    p = V.person(ctx, email_kind="free")
    d = V.dob(ctx)
    start = N.date_neg(ctx)
    ph, sub = V.phone(ctx)
    fr = Frag()
    if ctx.lang == "de":
        fr.t("Neue Mitarbeiterin/neuer Mitarbeiter: ").e("PERSON", p.name, p.sub).t(", geboren am ").e("DATE_OF_BIRTH", d)
        fr.t(", Eintritt am ").n("NEG_DATE", start).t(". Private Adresse für den Laptopversand: ")
        st, rest, asub = V.address(ctx)
        fr.e("STREET_ADDRESS", st, asub).t(", ").i(rest).t(". Mobil: ").e("PHONE", ph, sub).t(". IBAN für die Gehaltsabrechnung: ")
        v, s = V.iban(ctx, "DE")
        fr.e("IBAN", v, s).t(".")
    elif ctx.lang == "fr":
        fr.t("Nouvel arrivant : ").e("PERSON", p.name, p.sub).t(", né(e) le ").e("DATE_OF_BIRTH", d)
        fr.t(", arrivée le ").n("NEG_DATE", start).t(". Adresse d'envoi du poste : ")
        st, rest, asub = V.address(ctx)
        fr.e("STREET_ADDRESS", st, asub).t(", ").i(rest).t(". Portable : ").e("PHONE", ph, sub).t(". IBAN pour la paie : ")
        v, s = V.iban(ctx, "FR")
        fr.e("IBAN", v, s).t(".")
    elif ctx.lang == "ru":
        fr.t("Новый сотрудник: ").e("PERSON", p.name, p.sub).t(", дата рождения ").e("DATE_OF_BIRTH", d)
        fr.t(", выход на работу ").n("NEG_DATE", start).t(". СНИЛС ")
        v, s = V.snils(ctx)
        fr.e("RU_SNILS", v, s).t(", ИНН ")
        v, s = V.inn(ctx, "inn12")
        fr.e("RU_INN", v, s).t(", паспорт ")
        v, s = V.ru_passport(ctx)
        fr.e("RU_PASSPORT", v, s).t(". Мобильный: ").e("PHONE", ph, sub).t(".")
    else:
        fr.t("New starter: ").e("PERSON", p.name, p.sub).t(", DOB ").e("DATE_OF_BIRTH", d).t(", start date ").n("NEG_DATE", start)
        fr.t(". Ship the laptop to ")
        st, rest, asub = V.address(ctx)
        fr.e("STREET_ADDRESS", st.replace("\n", ", "), asub).t(", ").i(rest).t(". Mobile: ").e("PHONE", ph, sub).t(".")
        if ctx.locale == "en_US":
            v, s = V.ssn(ctx)
            fr.t(" SSN for payroll: ").e("US_SSN", v, s).t(".")
        else:
            v, s = V.iban(ctx)
            fr.t(" Payroll IBAN: ").e("IBAN", v, s).t(".")
    fr.t(" " + ctx.L(en="Temporary password: ", de="Initialpasswort: ", fr="Mot de passe provisoire : ", ru="Временный пароль: "))
    fr.e("API_KEY", V.password(ctx), "password")
    return fr


def c_incident_ip(ctx):
    p = V.person(ctx)
    fr = Frag()
    ips = [V.ipv4(ctx) for _ in range(ctx.r.randint(1, 2))]
    six = V.ipv6(ctx) if ctx.p(0.4) else None
    msg = ctx.L(en="The brute-force attempts against the bastion came from ", de="Die Brute-Force-Versuche auf den Bastion-Host kamen von ",
                fr="Les tentatives de force brute sur le bastion venaient de ", ru="Перебор паролей на бастионе шёл с адресов ")
    fr.t(msg)
    for k, ip in enumerate(ips):
        if k:
            fr.t(", ")
        fr.e("IPV4", ip)
    if six:
        fr.t(ctx.L(en=" and ", de=" und ", fr=" et ", ru=" и ")).e("IPV6", six)
    fr.t(ctx.L(en=". The account of ", de=". Das Konto von ", fr=". Le compte de ", ru=". Учётная запись "))
    fr.e("PERSON", p.name, p.sub).t(" (").i(p.login).t(ctx.L(en=") was locked at ", de=") wurde um ", fr=") a été verrouillé à ",
                                                            ru=") заблокирована в "))
    fr.n("NEG_TIMESTAMP", N.iso_ts(ctx)).t(ctx.L(en="; sshd is at ", de=" gesperrt; sshd läuft in Version ",
                                                 fr=" ; sshd est en version ", ru="; версия sshd "))
    fr.n("NEG_VERSION", N.dotted4(ctx)).t(".")
    return fr


TEMPLATES = {
    "chat.git_log": (c_git_log, 3), "chat.git_show": (c_git_show, 2.5), "chat.blame": (c_blame, 1.5),
    "chat.trailers": (c_trailers, 1.5), "chat.shortlog": (c_shortlog, 1), "chat.codeowners": (c_codeowners, 1),
    "chat.maintainers": (c_maintainers, 1.2), "chat.debian": (c_debian, 1), "chat.rpm": (c_rpm, 1),
    "chat.pyproject": (c_pyproject, 1), "chat.package_json": (c_package_json, 1.2), "chat.ldif": (c_ldif, 2),
    "chat.passwd": (c_passwd, 1.2), "chat.gitconfig": (c_gitconfig, 1.2), "chat.authorized_keys": (c_authorized_keys, 1),
    "chat.kube": (c_kube, 1.5), "chat.helm": (c_helm, 1.2), "chat.env": (c_env, 1.2), "chat.npmrc": (c_npmrc, 0.8),
    "chat.sql": (c_sql, 1.3), "chat.csv": (c_csv, 1.2), "chat.commit_summary": (c_commit_summary, 1.5),
    "chat.handover": (c_handover, 2), "chat.onboarding": (c_onboarding, 2), "chat.incident_ip": (c_incident_ip, 1.2),
    "chat.kubeconfig": (c_kubeconfig, 1), "chat.tls": (c_tls, 0.8), "chat.private_key": (c_private_key, 0.8),
}

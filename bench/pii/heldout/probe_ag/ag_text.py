"""ag_text.py - long text documents (text4k, long64k): digests of tickets, route sheets, logs."""
from ag_common import I
from ag_vocab import filler

HEADINGS = {
    "en": ["# Weekly escalation digest", "# Field operations handover", "# Customer care shift report",
           "# Complaints review pack", "# Depot exceptions report"],
    "de": ["# Wöchentliche Eskalationsübersicht", "# Schichtübergabe Kundenservice", "# Beschwerdebericht",
           "# Ausnahmenbericht Depot"],
    "fr": ["# Synthèse hebdomadaire des escalades", "# Passation d'équipe service client",
           "# Rapport réclamations", "# Rapport d'anomalies du dépôt"],
    "ru": ["# Еженедельная сводка эскалаций", "# Передача смены поддержки", "# Отчёт по жалобам",
           "# Отчёт об исключениях склада"],
}
SUBHEAD = {
    "en": ["## Case", "## Follow-up", "## Open item", "## Field note", "## Logs"],
    "de": ["## Fall", "## Nachverfolgung", "## Offener Punkt", "## Außendienst", "## Logs"],
    "fr": ["## Dossier", "## Suivi", "## Point ouvert", "## Note terrain", "## Journaux"],
    "ru": ["## Случай", "## Контроль", "## Открытый вопрос", "## Заметка с маршрута", "## Логи"],
}


def log_block(c, n=None):
    c.b.add("```\n")
    for _ in range(n or c.randint(4, 9)):
        c.b.add("[", c.ts(c.pick(["iso", "isoz", "space", "epoch"])), "] ")
        k = c.randint(0, 9)
        if k == 0:
            c.b.fmt("INFO  webhook: delivered event {u} for {tr} to {ip}", u=c.uuid(), tr=c.tracking(), ip=c.ipv4())
        elif k == 1:
            p = c.person()
            c.b.fmt("WARN  portal: failed login for {e} from {ip}", e=c.email(p), ip=c.ip())
        elif k == 2:
            c.b.fmt("DEBUG sms: queued to {ph} template=out_for_delivery", ph=c.phone())
        elif k == 3:
            c.b.fmt("INFO  scan: {tr} at hub, weight {w}", tr=c.tracking(), w=c.weight())
        elif k == 4:
            c.b.fmt("ERROR api: 401 for key {k} (revoked)", k=c.key(c.pick(["google_api", "stripe", "aws_access_key_id"])))
        elif k == 5:
            c.b.fmt("INFO  deploy: tracker-api {v} commit {h} deps {el}", v=c.version(), h=c.hash(), el=c.emaillike())
        elif k == 6:
            c.b.fmt("INFO  meter: read accepted meter={m} value={r}", m=c.meter(), r=c.reading())
        elif k == 7:
            c.b.fmt("WARN  radius: session {u} from {ip} msisdn {ph}", u=c.uuid(), ip=c.ipv4("cgnat"), ph=c.phone(True))
        elif k == 8:
            c.b.fmt("DEBUG ticket: {t} assigned, sla={ts}", t=c.ticket(), ts=c.ts("isoz"))
        else:
            c.b.fmt("INFO  device: imei={im} iccid={ic} attached", im=c.imei(), ic=c.iccid())
        c.b.add("\n")
    c.b.add("```")


def address_table(c):
    """A markdown table of service or delivery addresses."""
    hdr = {"en": "| Customer | Street | Town / postcode | Reference |", "de": "| Kunde | Straße | Ort | Referenz |",
           "fr": "| Client | Adresse | Ville | Référence |", "ru": "| Клиент | Улица | Город | Номер |"}
    c.b.add(hdr.get(c.lang, hdr["en"]), "\n|---|---|---|---|\n")
    for _ in range(c.randint(3, 6)):
        p, a = c.person(), c.addr()
        c.b.add("| ", p.full(), " | ", a.street(), " | ", I(a.city_line()), " | ", c.pick([c.ticket, c.tracking,
                                                                                          c.account])(), " |\n")


def section(c, templates, lang, i):
    k = c.rng.random()
    logs = 0.6 <= k < 0.75
    head = SUBHEAD[lang][4] if logs else c.pick(SUBHEAD[lang][:4])
    c.b.add(head, " ", str(i + 1), "\n\n")
    if k < 0.6:
        c.pick(templates)(c)
    elif logs:
        log_block(c)
    elif k < 0.87:
        address_table(c)
    else:
        c.b.add(filler(c.rng, c.lang), " ", filler(c.rng, c.lang))


def text_doc(c, templates, target):
    lang = c.lang if c.lang in HEADINGS else "en"
    c.b.add(c.pick(HEADINGS[lang]), "\n\n", filler(c.rng, lang), "\n\n")
    i = 0
    while c.b.pos < target:
        section(c, templates, lang, i)
        c.b.add("\n\n")
        i += 1
    c.b.add(filler(c.rng, lang))

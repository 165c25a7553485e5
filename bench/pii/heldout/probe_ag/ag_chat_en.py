"""ag_chat_en.py - English assistant outputs: helpdesk, call centre, telecom."""
from ag_vocab import maybe_filler, lead_filler


def ticket_summary(c):
    p, a = c.person(), c.addr()
    bname, dom = c.brand("telecom")
    c.b.fmt("{lead}**Ticket {t} - summary**\n\n- Customer: {n}\n- Contact: {e} / {ph}\n- Service address: ",
            lead=lead_filler(c.rng, "en"), t=c.ticket(), n=p.variant(), e=c.email(p), ph=c.phone())
    c.b.add(a.inline())
    c.b.fmt("\n- Issue: intermittent drop-outs since {d}; line test passed at {ts}.\n- Next step: engineer visit "
            "offered, customer prefers {sl}.{f}", d=c.date(), ts=c.ts(), sl=c.slot(), f=maybe_filler(c.rng, "en"))


def email_reply(c):
    p, agent = c.person(), c.person()
    bname, dom = c.brand(c.pick(["telecom", "utility", "courier"]))
    pe = c.email(p)
    c.b.fmt("Here's a draft reply you can send:\n\n---\nSubject: Re: [{t}] Missing refund\n\nHi {n},\n\n"
            "Thanks for your patience. I've checked the account and the refund of {m} was sent back to the card "
            "ending in {l4} on {d}. It can take up to five working days to appear.\n\nKind regards,\n{ag}\n{bn} "
            "Customer Care\n\n> On {d2}, {n2} <{e}> wrote:\n> I was promised a refund weeks ago and still "
            "nothing. Please call me on {ph}.\n---",
            t=c.ticket(), n=p.full(), m=c.money(), l4=str(c.randint(1000, 9999)), d=c.date(), ag=agent.full(),
            bn=bname, d2=c.date(), n2=p.full(), e=pe, ph=c.phone())


def call_transcript(c):
    p, a, agent = c.person(), c.addr(), c.person()
    nid = c.national_id()
    c.b.fmt("Transcript excerpt (call {cid}, {ts}):\n\nAgent ({ag}): Thanks for calling, can I take your full "
            "name?\nCaller: It's {n}.\nAgent: And your date of birth?\nCaller: {dob}.\nAgent: The first line of "
            "the address on the account?\nCaller: ",
            cid=c.uuid(), ts=c.ts(), ag=agent.full(), n=p.full(), dob=c.dob())
    c.b.add(a.street())
    c.b.add(".\n")
    if nid is not None:
        lab = "your Social Security number" if nid.typ == "US_SSN" else "your passport number"
        c.b.fmt("Agent: For the credit check I also need {lab}.\nCaller: Sure, {v}.\n", lab=lab, v=nid)
    c.b.fmt("Agent: Thank you, you're verified.\n\nSummary: verified on DOB and address; caller asked to move "
            "the contract to {ti}.", ti=c.title())


def qa_scorecard(c):
    p, agent, lead = c.person(), c.person(), c.person()
    sc = [c.randint(2, 5) for _ in range(4)]
    c.b.fmt("QA scorecard - call {cid}\nAgent: {ag}   Reviewer: {rv}   Date: {d}\n\n| Criterion | Score |\n|---|---|\n"
            "| Greeting & ID&V | {s0}/5 |\n| Accuracy | {s1}/5 |\n| Empathy | {s2}/5 |\n| Compliance | {s3}/5 |\n\n"
            "Notes: the agent read the customer's full card number {cc} back over the phone and said the date of "
            "birth ({dob}) out loud before passing security - compliance breach. Customer: {n}.",
            cid=c.ticket(), ag=agent.full(), rv=lead.full(), d=c.date(), s0=sc[0], s1=sc[1], s2=sc[2], s3=sc[3],
            cc=c.card(), dob=c.dob(), n=p.variant())


def chat_handoff(c):
    p = c.person()
    c.b.fmt("Handoff to Tier 2 - live chat {cid}\n\nCustomer {n} ({e}) is chatting from {ip} using app version "
            "{v} (widget {el}). The router shows as offline since {ts}. Already tried: reboot, factory reset, swapping the "
            "cable. Customer callback number: {ph}.\nPlease pick up within 30 minutes.{f}",
            cid=c.uuid(), n=p.full(), e=c.email(p), ip=c.ip(), v=c.version(), el=c.emaillike(), ts=c.ts(),
            ph=c.phone(), f=maybe_filler(c.rng, "en"))


def crm_csv(c):
    c.b.add("Here is the export you asked for (CSV, UTF-8):\n\n```csv\nname,email,phone,street,city_postcode,"
            "account\n")
    for _ in range(c.randint(2, 5)):
        p, a = c.person(), c.addr()
        c.b.fmt('{n},{e},{ph},"', n=p.full(), e=c.email(p), ph=c.phone())
        c.b.add(a.street())
        c.b.fmt('","{cl}",{acc}\n', cl=_i(a.city_line()), acc=c.account())
    c.b.add("```\n\n" + "Rows with an empty phone column were skipped.")


def _i(s):
    from ag_common import I
    return I(s)


def vcard(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Contact card generated from the CRM record:\n\nBEGIN:VCARD\nVERSION:3.0\nFN:{n}\nTEL;TYPE=cell:{ph}\n"
            "EMAIL;TYPE=home:{e}\nADR;TYPE=home:;;", n=p.full(), ph=c.phone(), e=c.email(p))
    c.b.add(a.street())
    c.b.fmt(";{cl}\nBDAY:{dob}\nNOTE:Ticket {t}\nEND:VCARD", cl=_i(a.city_line()), dob=c.dob("iso"), t=c.ticket())


def port_in(c):
    p, a = c.person(), c.addr()
    bname, dom = c.brand("telecom")
    c.b.fmt("Number port-in request ({bn})\n\nAccount holder: {n}\nNumber to port: {ph}\nLosing-carrier account: "
            "{acc}\nNew SIM ICCID: {ic}\nDevice IMEI: {im}\nBilling address: ",
            bn=bname, n=p.formal(), ph=c.phone(), acc=c.account(), ic=c.iccid(), im=c.imei())
    c.b.add(a.inline())
    c.b.fmt("\nRequested port date: {d}\nConfirmation will be sent to {e}.", d=c.date(), e=c.email(p))
    if c.locale == "en_US" and c.chance(0.6):
        c.b.fmt("\nCredit check consent given; SSN on file: {s}.", s=c.ssn())


def broadband_install(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Your installation is booked.\n\nName: {n}\nAddress:\n", n=p.full())
    c.b.add(a.block(country_lang=None))
    c.b.fmt("\nDate: {d}, slot {sl}\nEngineer will call {ph} 30 minutes before arriving.\n\nAfter activation your "
            "line will get the static IP {ip4} and the delegated prefix {ip6}/56. Router firmware: {v}.",
            d=c.date(), sl=c.slot(), ph=c.phone(), ip4=c.ipv4("public"), ip6=c.ipv6(), v=c.version())


def credit_check(c):
    p, a = c.person(), c.addr()
    nid = c.national_id()
    c.b.fmt("Contract application summary:\n- Applicant: {n}, born {dob}\n- Current address: ", n=p.formal(),
            dob=c.dob())
    c.b.add(a.inline())
    c.b.fmt("\n- Mobile: {ph}\n- E-mail: {e}\n", ph=c.phone(), e=c.email(p))
    if nid is not None:
        c.b.fmt("- ID provided: {v}\n", v=nid)
    c.b.fmt("- Plan: {ti}, 24 months\n- Decision: referred, application {rc}.", ti=c.title(), rc=c.order("ord"))


def outage_reply(c):
    p = c.person()
    c.b.fmt("{lead}Hi {n}, sorry about the outage. I can see your modem last connected from {ip} at {ts} and the "
            "exchange fault {t} was closed at {ts2}. If it's still down, reply here or ring {ph} and quote {t2}.",
            lead=lead_filler(c.rng, "en"), n=p.full(), ip=c.ip(), ts=c.ts(), t=c.ticket(), ts2=c.ts(),
            ph=c.phone(), t2=c.ticket())


def password_reset(c):
    p = c.person()
    bname, dom = c.brand(c.pick(["telecom", "utility"]))
    c.b.fmt("Done - I've reset the online account for {n} ({e}). Temporary password: {pw}\nAsk the customer to "
            "change it at first login. Reset logged from {ip} under change {t}.",
            n=p.full(), e=c.email(p), pw=c.key("password"), ip=c.ipv4("private"), t=c.ticket())


def sms_log(c):
    p = c.person()
    c.b.fmt("Outbound SMS log for {n}:\n", n=p.variant())
    ph = c.phone()
    for _ in range(c.randint(2, 4)):
        c.b.fmt("{ts}  to {ph}  \"Your parcel {tr} is out for delivery\"  status=delivered\n", ts=c.ts(), ph=ph,
                tr=c.tracking())
    c.b.add("All messages were delivered; no opt-out recorded.")


TEMPLATES = [ticket_summary, email_reply, call_transcript, qa_scorecard, chat_handoff, crm_csv, vcard, port_in,
             broadband_install, credit_check, outage_reply, password_reset, sms_log]

"""English text templates (office, productivity, public administration) for probe AH.

A template is a string or a callable(rng) -> string.  ⟨SSN⟩ restricts a template to en_US and ⟨NHS⟩ to en_GB
(see make_probe_ah.locales_for).
"""


def _csv_staff(rng):
    sep = rng.choice([",", "\t", ";"])
    head = sep.join(["employee_id", "full_name", "email", "phone", "start_date", "cost_center"])
    rows = [sep.join([f"⟨ORDER⟩", f"⟨PERSON:r{i}⟩", f"⟨WEMAIL:r{i}⟩", f"⟨PHONE⟩", "⟨DATE⟩", "CC-⟨INT⟩"])
            for i in range(rng.randint(3, 7))]
    return "Here is the export you asked for (" + ("TSV" if sep == "\t" else "CSV") + "):\n\n```\n" + head + "\n" + "\n".join(rows) + "\n```\n\nLet me know if I should pivot it by cost center."


def _csv_payroll(rng):
    rows = [f"⟨PLF:p{i}⟩|⟨DOB⟩|⟨IBAN⟩|⟨AMOUNT⟩" for i in range(rng.randint(2, 5))]
    return "Payroll run ⟨ORDER⟩ (generated ⟨TS⟩) — rows flagged for manual review:\n\nname|dob|iban|net\n" + "\n".join(rows) + "\n\nTotal rows in batch: ⟨NUM⟩."


def _sheet_range(rng):
    lines = [f"A{i + 2}: ⟨PERSON:s{i}⟩ | B{i + 2}: ⟨EMAIL:s{i}⟩ | C{i + 2}: ⟨MOBILE⟩" for i in range(rng.randint(2, 5))]
    return "I read range 'Volunteers'!A2:C" + str(len(lines) + 1) + " from the sheet:\n" + "\n".join(lines) + "\nRow 1 is the header; sheet revision ⟨HASH⟩."


def _attendee_list(rng):
    att = "\n".join(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={rng.choice(['REQ-PARTICIPANT', 'OPT-PARTICIPANT'])};PARTSTAT={rng.choice(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE'])};CN=⟨PNAT:a{i}⟩:mailto:⟨WEMAIL:a{i}⟩"
                    for i in range(rng.randint(2, 5)))
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Acme Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:⟨UUID⟩\n"
            "DTSTAMP:⟨ICSDT⟩Z\nDTSTART;TZID=⟨TZ⟩:⟨ICSDT⟩\nDTEND;TZID=⟨TZ⟩:⟨ICSDT⟩\nSUMMARY:⟨WORDS⟩ sync\n"
            "ORGANIZER;CN=⟨PNAT:o⟩:mailto:⟨WEMAIL:o⟩\n" + att + "\nLOCATION:⟨ROOM⟩\nSEQUENCE:⟨INT⟩\nEND:VEVENT\nEND:VCALENDAR")


EN = {
    "en.mail_raw_headers": (
        "Return-Path: <⟨WEMAIL:a⟩>\nReceived: from mail-relay ([⟨IP4⟩]) by mx.⟨DOMAIN⟩ with ESMTPS id ⟨HASH⟩;\n"
        " ⟨TS⟩\nMessage-ID: <⟨UUID⟩@⟨DOMAIN⟩>\nFrom: \"⟨PNAT:a⟩\" <⟨WEMAIL:a⟩>\nTo: ⟨PNAT:b⟩ <⟨EMAIL:b⟩>\n"
        "Cc: \"⟨PLF:c⟩\" <⟨WEMAIL:c⟩>\nSubject: Re: ⟨WORDS⟩\nMIME-Version: 1.0\n\nHi ⟨FIRST:b⟩,\n\n⟨SENT⟩\n\nBest,\n⟨PNAT:a⟩\n⟨JOB⟩ | ⟨COMPANY⟩\nDirect: ⟨PHONE⟩"),
    "en.mail_mime_parts": (
        "Content-Type: multipart/alternative; boundary=\"==_⟨HASH:b⟩\"\n\n--==_⟨HASH:b⟩\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear ⟨PNAT:c⟩,\nyour appointment for ⟨DATE⟩ at ⟨TIME⟩ is confirmed. Reference: ⟨CASE⟩.\nIf you need to reschedule call ⟨PHONE⟩.\n\n"
        "--==_⟨HASH:b⟩\nContent-Type: text/html; charset=utf-8\n\n<p>Dear ⟨PNAT:c⟩,</p><p>Reference <b>⟨CASE⟩</b></p>\n--==_⟨HASH:b⟩--"),
    "en.mail_forward_chain": (
        "---------- Forwarded message ---------\nFrom: ⟨PNAT:a⟩ <⟨EMAIL:a⟩>\nDate: ⟨DATE⟩\nSubject: Tenancy reference\nTo: <⟨ROLEMAIL⟩>\n\n"
        "To whom it may concern, I confirm that ⟨PNAT:t⟩ (born ⟨DOB⟩) has rented ⟨ADDR⟩ since ⟨DATE⟩. "
        "You can reach me on ⟨MOBILE⟩.\n\n> On ⟨DATE⟩, ⟨PNAT:t⟩ <⟨EMAIL:t⟩> wrote:\n> Could you send the reference to the letting agent?"),
    "en.mail_reply_to": (
        "From: Council Tax Team <⟨ROLEMAIL⟩>\nReply-To: ⟨PNAT:o⟩ <⟨WEMAIL:o⟩>\nTo: ⟨EMAIL:r⟩\nX-Mailer: Outlook ⟨VER⟩\n\n"
        "Dear ⟨PNAT:r⟩, account ⟨ORDER⟩ for ⟨ADDR⟩ is in arrears of ⟨AMOUNT⟩. Please reply to this message rather than the no-reply sender."),
    "en.signature_block": (
        "Thanks all — notes attached.\n\n--\n⟨PNAT:s⟩\n⟨JOB⟩, ⟨DEPT⟩\n⟨COMPANY⟩\n⟨ADDRNL⟩\nT: ⟨PHONE⟩  M: ⟨MOBILE⟩\nE: ⟨WEMAIL:s⟩\n"
        "This e-mail and any attachments are confidential."),
    "en.ics_invite": _attendee_list,
    "en.ics_with_notes": (
        "BEGIN:VEVENT\nUID:⟨UUID⟩\nDTSTART:⟨ICSDT⟩Z\nSUMMARY:Benefit review — ⟨PNAT:c⟩\nORGANIZER;CN=\"⟨PLF:o⟩\":mailto:⟨WEMAIL:o⟩\n"
        "ATTENDEE;CN=⟨PNAT:c⟩;RSVP=TRUE:mailto:⟨EMAIL:c⟩\nDESCRIPTION:Claimant DOB ⟨DOB⟩. Call back on ⟨PHONE⟩ if no show. Case ⟨CASE⟩.\nEND:VEVENT"),
    "en.meeting_notes": (
        "## Meeting notes — ⟨DATE⟩\n\n**Attendees:** ⟨PNAT:a⟩, ⟨PNAT:b⟩, ⟨PNAT:c⟩\n\n- ⟨FIRST:a⟩ to send the vendor list to ⟨WEMAIL:b⟩\n"
        "- ⟨PNAT:c⟩ reported the VPN gateway ⟨IP4⟩ dropping sessions after client ⟨VER⟩\n- Next sync: ⟨ROOM⟩, ⟨TIME⟩"),
    "en.calendar_summary": (
        "You have 3 events tomorrow:\n1. ⟨TIME⟩ 1:1 with ⟨PNAT:a⟩ (⟨ROOM⟩)\n2. ⟨TIME⟩ Interview: ⟨PNAT:b⟩ — candidate phone ⟨MOBILE⟩\n"
        "3. ⟨TIME⟩ Dentist (private) — ⟨ADDR⟩\nEvent IDs: ⟨UUID⟩, ⟨UUID⟩."),
    "en.free_busy": (
        "I checked free/busy for ⟨WEMAIL:a⟩ and ⟨WEMAIL:b⟩. ⟨PNAT:a⟩ is out of office until ⟨DATE⟩; ⟨PNAT:b⟩ is free at ⟨TIME⟩. "
        "Shall I send the invite from ⟨WEMAIL:me⟩?"),
    "en.doc_comment_thread": (
        "Comment thread on \"Q3 Budget v⟨INT⟩\":\n• ⟨PNAT:a⟩ (⟨TS⟩): Who approved line 42?\n  ↳ ⟨PNAT:b⟩: I did — see ticket ⟨CASE⟩.\n"
        "  ↳ ⟨PNAT:a⟩: @⟨WEMAIL:c⟩ please double-check the supplier IBAN ⟨IBAN⟩ before we pay."),
    "en.doc_suggestion": (
        "Suggested edit by ⟨PNAT:a⟩ <⟨WEMAIL:a⟩>: replace \"⟨WORDS⟩\" with \"the tenant, ⟨PNAT:t⟩, residing at ⟨ADDR⟩\". Status: pending. Revision ⟨HASH⟩."),
    "en.doc_mention": "@⟨PNAT:a⟩ can you confirm ⟨PNAT:b⟩'s start date? HR has ⟨DATE⟩ but the offer letter says otherwise. (doc id ⟨UUID⟩)",
    "en.csv_staff": _csv_staff,
    "en.csv_payroll": _csv_payroll,
    "en.sheet_range": _sheet_range,
    "en.benefit_claim": (
        "Benefit claim ⟨CASE⟩ — status: awaiting evidence\nClaimant: ⟨PERSON:c⟩\nDate of birth: ⟨DOB⟩\nAddress: ⟨ADDR⟩\n"
        "Contact: ⟨PHONE⟩ / ⟨EMAIL:c⟩\nPayment account: ⟨IBAN⟩\nNext step: upload proof of rent by ⟨DATE⟩."),
    "en.us_benefits_ssn": (
        "Application summary (SNAP recertification)\nApplicant ⟨PERSON:a⟩, SSN ⟨SSN⟩, DOB ⟨DOB⟩, household size ⟨INT⟩.\n"
        "Mailing address: ⟨ADDR⟩. Caseworker: ⟨PNAT:w⟩ (⟨WEMAIL:w⟩). Confirmation no. ⟨ORDER⟩."),
    "en.w2_request": (
        "Hi ⟨FIRST:a⟩, payroll needs your corrected W-4 before ⟨DATE⟩. We have SSN ⟨SSN⟩ and address ⟨ADDR⟩ on file — reply if either is wrong. ⟨PNAT:p⟩, Payroll"),
    "en.tax_letter_us": (
        "Notice ⟨CASE⟩ — Department of Revenue\nTaxpayer: ⟨PUP:t⟩\nSSN: ⟨SSN⟩\nWe adjusted your return for tax year ⟨INT⟩ and you owe ⟨AMOUNT⟩. "
        "Pay by card or bank transfer; do not e-mail card numbers. Questions: ⟨PHONE⟩."),
    "en.hmrc_style": (
        "Your tax code has changed.\nName: ⟨PERSON:t⟩\nAddress: ⟨ADDRNL⟩\nEmployer reference: ⟨ORDER⟩\nReason: benefit in kind updated ⟨DATE⟩."),
    "en.nhs_referral": (
        "Referral letter\nPatient: ⟨PERSON:p⟩   NHS No: ⟨NHS⟩   DOB: ⟨DOB⟩\nHospital no.: ⟨MRN⟩\nAddress: ⟨ADDR⟩\n"
        "GP: Dr ⟨PNAT:g⟩, tel ⟨PHONE⟩\nReason: ⟨SENT⟩"),
    "en.nhs_sick_note": "Fit note uploaded to HR self-service for ⟨PNAT:e⟩ (NHS number ⟨NHS⟩). Absence ⟨DATE⟩ to ⟨DATE⟩, ref ⟨CASE⟩.",
    "en.residence_permit": (
        "Visa & Immigration case ⟨CASE⟩\nApplicant: ⟨PUP:a⟩, born ⟨DOB⟩\nSponsor contact: ⟨PNAT:s⟩ <⟨WEMAIL:s⟩>, ⟨PHONE⟩\n"
        "Biometrics appointment: ⟨DATE⟩ ⟨TIME⟩. Bring the letter with barcode ⟨ORDER⟩."),
    "en.court_summons": (
        "SUMMONS — Case No. ⟨CASE⟩\nTo: ⟨PERSON:d⟩ of ⟨ADDR⟩\nYou are required to appear on ⟨DATE⟩ at ⟨TIME⟩. "
        "Counsel for the claimant: ⟨PNAT:c⟩, ⟨WEMAIL:c⟩."),
    "en.parking_fine": (
        "Penalty Charge Notice ⟨ORDER⟩ issued ⟨TS⟩. Registered keeper: ⟨PNAT:k⟩, ⟨ADDR⟩. Pay ⟨AMOUNT⟩ online within 14 days. "
        "Card ending details are never requested by e-mail — the payment we received from card ⟨CARD⟩ was declined."),
    "en.municipal_registration": (
        "Change of address request received.\nResident: ⟨PERSON:r⟩\nPrevious address: ⟨ADDR⟩\nNew address: ⟨ADDR⟩\n"
        "Date of birth: ⟨DOB⟩\nPhone: ⟨PHONE⟩\nRequest ⟨CASE⟩ · submitted ⟨TS⟩ from ⟨IP4⟩"),
    "en.notary_letter": (
        "Dear ⟨PNAT:c⟩,\nfurther to our call, the completion statement for the sale of ⟨ADDR⟩ is attached. Please transfer the balance of "
        "⟨AMOUNT⟩ to our client account ⟨IBAN⟩, quoting ⟨CASE⟩.\nYours sincerely,\n⟨PNAT:n⟩, Notary Public\n⟨WEMAIL:n⟩"),
    "en.legal_poa": (
        "LASTING POWER OF ATTORNEY — summary\nDonor: ⟨PERSON:d⟩ (DOB ⟨DOB⟩)\nAttorney: ⟨PERSON:a⟩, ⟨ADDR⟩\n"
        "Certificate provider: ⟨PNAT:c⟩ — ⟨EMAIL:c⟩\nRegistration ⟨ORDER⟩"),
    "en.hr_selfservice": (
        "HR Self-Service — Personal details (exported ⟨TS⟩)\nEmployee: ⟨PERSON:e⟩\nWork e-mail: ⟨WEMAIL:e⟩\nPersonal e-mail: ⟨EMAIL:e⟩\n"
        "Home address: ⟨ADDR⟩\nDate of birth: ⟨DOB⟩\nEmergency contact: ⟨PNAT:k⟩, ⟨MOBILE⟩\nBank: ⟨IBAN⟩"),
    "en.hr_leave": "Leave request ⟨CASE⟩ by ⟨PNAT:e⟩ approved by ⟨PNAT:m⟩ for ⟨DATE⟩–⟨DATE⟩. Balance remaining: ⟨INT⟩ days.",
    "en.onboarding_creds": (
        "Welcome aboard, ⟨FIRST:n⟩! Your account ⟨WEMAIL:n⟩ is ready. Temporary password: ⟨PWD⟩ (you must change it at first sign-in). "
        "Laptop asset tag ⟨ORDER⟩, image ⟨VER⟩."),
    "en.smtp_config": (
        "The mail merge failed because of this config:\n```ini\n[smtp]\nhost = smtp.⟨DOMAIN⟩\nuser = ⟨WEMAIL:u⟩\npassword = ⟨PWD⟩\n"
        "api_key = ⟨SGKEY⟩\n```\nRotate the key and re-run; the template id is ⟨UUID⟩."),
    "en.graph_token_leak": (
        "The request to /me/events returned 401. Headers sent:\nAuthorization: Bearer ⟨JWT⟩\nclient-request-id: ⟨UUID⟩\n"
        "The token belongs to ⟨WEMAIL:u⟩ and was issued from ⟨IP6⟩."),
    "en.workspace_script": (
        "```python\ncreds = {\"client_secret\": \"⟨GSECRET⟩\", \"api_key\": \"⟨GAPI⟩\"}\nsend_invite(\"⟨WEMAIL:a⟩\", \"⟨WEMAIL:b⟩\")\n```\n"
        "Install with `pip install ⟨PKG⟩` first."),
    "en.agent_tool_summary": (
        "Tool `contacts.search` returned 2 matches:\n- ⟨PNAT:a⟩ — ⟨EMAIL:a⟩, ⟨MOBILE⟩ (updated ⟨TS⟩)\n- ⟨PNAT:b⟩ — ⟨WEMAIL:b⟩, ⟨PHONE⟩\n"
        "I'll use the first one unless you say otherwise."),
    "en.expense_report": (
        "Expense claim ⟨ORDER⟩ by ⟨PNAT:e⟩: hotel ⟨AMOUNT⟩, taxi ⟨AMOUNT⟩. Corporate card ⟨CARD⟩. Reimburse to ⟨IBAN⟩. "
        "Receipt hash ⟨HASH⟩; the number ⟨BADCARD⟩ on the receipt is a terminal id, not a card."),
    "en.helpdesk_ticket": (
        "Ticket ⟨CASE⟩ — \"Can't join Teams meetings\"\nRequester: ⟨PNAT:r⟩ (⟨WEMAIL:r⟩, ext. ⟨PHONE⟩)\nDevice IP ⟨IP4⟩, IPv6 ⟨IP6⟩\n"
        "Client build ⟨VER⟩. Resolution: cleared cache."),
    "en.ooo_reply": "Automatic reply: I am out of the office until ⟨DATE⟩. For urgent matters contact ⟨PNAT:d⟩ on ⟨MOBILE⟩ or ⟨WEMAIL:d⟩.",
    "en.library_request": "Inter-library loan for ⟨PNAT:r⟩ (card ⟨ORDER⟩): ISBN ⟨ISBN⟩ and ISBN ⟨ISBN⟩, pickup at ⟨CITY⟩ branch. Notify ⟨EMAIL:r⟩.",
    "en.dmv_appointment": (
        "Your licence renewal is booked.\nName: ⟨PERSON:a⟩\nDOB: ⟨DOB⟩\nAppointment ⟨DATE⟩ ⟨TIME⟩, confirmation ⟨ORDER⟩.\n"
        "Bring proof of address (⟨ADDR⟩) and your Social Security card (⟨SSN⟩)."),
    "en.clinic_admin": "Front desk note: ⟨PNAT:p⟩, MRN ⟨MRN⟩, DOB ⟨DOB⟩, asked to move her appointment; callback ⟨PHONE⟩. Slot id ⟨UUID⟩.",
    "en.vendor_onboarding": (
        "Supplier form received from ⟨COMPANY⟩. Contact: ⟨PNAT:c⟩, ⟨WEMAIL:c⟩. Remittance IBAN: ⟨IBAN⟩. VAT/ref ⟨ORDER⟩. "
        "Portal API key issued: ⟨STRIPE⟩."),
    "en.audit_log": (
        "⟨TS⟩ signin user=⟨WEMAIL:a⟩ ip=⟨IP4⟩ result=success app=⟨VER⟩\n⟨TS⟩ mailbox.export user=⟨WEMAIL:a⟩ target=⟨EMAIL:x⟩ ip=⟨IP6⟩\n"
        "⟨TS⟩ token.create user=⟨WEMAIL:a⟩ token=⟨GHTOKEN⟩ corr=⟨UUID⟩"),
    "en.shared_drive_perm": "Sharing changed on \"Tenancy files\": ⟨PNAT:a⟩ gave edit access to ⟨EMAIL:b⟩ and view access to ⟨EMAIL:c⟩ at ⟨TS⟩.",
    "en.jury_service": (
        "Jury summons ⟨CASE⟩. Juror: ⟨PERSON:j⟩, ⟨ADDR⟩. Date of birth on record: ⟨DOB⟩. Report ⟨DATE⟩ at ⟨TIME⟩. Questions: ⟨ROLEMAIL⟩."),
}

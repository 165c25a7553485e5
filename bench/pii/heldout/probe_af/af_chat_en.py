"""English chat templates (healthcare).  (id, allowed locales or None, template)."""

T = [
    ("chat.hc_en01", None,
     "Dear {pat.full},\n\nThis letter confirms your appointment with Dr {doc.last} in the {w:Diabetes|Memory|Fracture|Heart Failure} "
     "Clinic on {n.date} at {n.time}. Please arrive 15 minutes early.\n\nIf you need to rearrange, call {orgphone} and quote "
     "{n.order:appt}.\n\nYours sincerely,\n{doc2}\nOutpatient Bookings Team"),
    ("chat.hc_en02", None,
     "Referral drafted: {pat} ({pat.g:male|female}, DOB {pat.dob}, MRN {pat.mrn}) to {w:Rheumatology|Neurology|Gastroenterology} "
     "with suspected {n.tc:disease}. Current medication: {n.dose} {freq}. Referring clinician Dr {doc}, reachable at {doc.email}."),
    ("chat.hc_en03", None,
     "Lab summary for {pat.short} (record {pat.mrn}), sample taken {n.date}:\n- {n.lab}\n- {n.lab#2}\n- {n.lab#3}\n"
     "Specimen {n.order:specimen}. Reviewed by Dr {doc.last}, no action required."),
    ("chat.hc_en04", None,
     "{pat} was discharged home on {n.date} after treatment for community-acquired pneumonia (ICD-10 {n.num:icd}). "
     "Discharge address: {pat.addr}. Next of kin: {rel} ({rel.g:son|daughter}), {rel.phone}."),
    ("chat.hc_en05", None,
     "Here's the dispensing label text:\n```\n{w:Northgate Pharmacy|Riverside Chemist|CityCare Pharmacy}  Tel {orgphone}\n"
     "{pat.full}\n{n.dose} tablets\nTake ONE tablet {freq}\nQty 56   {n.order:rx}   {n.date}\nPrescriber: Dr {doc}\n```"),
    ("chat.hc_en06", ["en_US"],
     "The e-prescription for {pat} (DOB {pat.dob}) went to the pharmacy: {n.dose}, #30, 2 refills. Copay of {n.money} was "
     "charged to the card on file, {pat.card}. Callback number: {pat.mobile}."),
    ("chat.hc_en07", None,
     "Immunisation entry added for {pat} (born {pat.dob}): {vaccine}, batch {n.order:lot}, given {n.date} by {nurse}, "
     "left deltoid. Next dose due {n.date#2}."),
    ("chat.hc_en08", ["en_GB"],
     "Resident profile\nName: {pat}\nRoom: {n:1-48}{w:A|B|C}\nDate of birth: {pat.dob}\nNHS number: {pat.mrn:nhs}\n"
     "Next of kin: {rel}, {rel.mobile}\nGP: Dr {doc.last}, {w:Riverside Surgery|Oakfield Medical Centre|Brook House}\n"
     "Risk: {n.tc:scale} 14, falls history."),
    ("chat.hc_en09", None,
     "Visit log {n.date}\n- {n.time} {carer.first} arrived; {pat.first} was up and dressed.\n- Medication prompted: {n.dose}.\n"
     "- {n.time#2} left, key back in the key safe.\nClient address: {pat.addr}"),
    ("chat.hc_en10", ["en_US"],
     "Claim {n.order:claim} for {pat} (subscriber SSN {pat.ssn}, DOB {pat.dob}) was denied: CPT {n.num:cpt} needs prior "
     "authorization ({n.order:prior_auth}). Billed amount {n.money}."),
    ("chat.hc_en11", ["en_US"],
     "Explanation of benefits for {pat.lf}: date of service {n.date}, CPT {n.num:cpt}, allowed {n.money}, patient "
     "responsibility {n.money#2}. The overpayment will be refunded to {pat.card}."),
    ("chat.hc_en12", None,
     "Screening log {n.order:subject}: participant born {pat.dob}, {n.lab}, meets inclusion criteria. Consent taken by "
     "{coord} ({coord.email}) on {n.date}; randomisation {n.uuid}."),
    ("chat.hc_en13", None,
     "SAE report drafted. Subject {n.order:subject} (DOB {pat.dob}) on IMP batch {n.order:lot} developed {n.tc:disease}-like "
     "symptoms on {n.date}; MedDRA PT {n.num:meddra}. Reporter: {rep}, {rep.phone}, {rep.email}."),
    ("chat.hc_en14", None,
     "Dental recall for {pat} (DOB {pat.dob}): crown on tooth 36 (CDT {n.num:cpt}) booked for {n.date} at {n.time}. "
     "Deposit of {n.money} taken on card {pat.card}."),
    ("chat.hc_en15", None,
     "Patient: {n.pet} ({species}), owner {owner}, tel {owner.phone}. Boosters given {n.date}, next due {n.date#2}. "
     "Invoice {n.order:invoice} for {n.money} paid by card {owner.card}."),
    ("chat.hc_en16", None,
     "Transcript of the video consultation:\n[{n.time}] Dr {doc.last}: Hello {pat.first}, could you confirm your date of birth?\n"
     "[{n.time#2}] {pat.first}: It's {pat.dob}.\n[{n.time#3}] Dr {doc.last}: Thanks. Best number if we get cut off?\n"
     "[{n.time#4}] {pat.first}: {pat.mobile}"),
    ("chat.hc_en17", None,
     "New portal message from {pat}: \"I've moved to {pat.addr}, please update my record ({pat.mrn}). New email: "
     "{pat.email}.\" Sent from {ip4} at {n.ts}."),
    ("chat.hc_en18", None,
     "Radiology request - MRI lumbar spine\nPatient: {pat} ({pat.dob}), {pat.mrn}\nClinical details: L5 radiculopathy, "
     "{n.lab}\nRequested by Dr {doc}, {doc.phone}\nAccession {n.order:accession}"),
    ("chat.hc_en19", None,
     "Bed {n.order:bed}, {n.tc:place}: {pat} (MRN {pat.mrn}), admitted {n.date}, expected discharge {n.date#2}, "
     "consultant Dr {doc.last}. Isolation: no."),
    ("chat.hc_en20", None,
     "The ADT message you pasted parses fine:\n```\nMSH|^~\\&|PAS|{w:RIVERSIDE|MERCY|NORTHGATE}|EPR|WARD|{n.ts}||ADT^A01|"
     "{n.order:msgid}|P|{n.ver:4}\nPID|1||{pat.mrn}^^^HOSP^MR||{pat.hl7}||{pat.dob:hl7}|{pat.g:M|F}|||{pat.hl7addr}||"
     "{pat.phone}\n```\nPID-5 holds the name and PID-7 the birth date."),
    ("chat.hc_en21", None,
     "Your interface engine config exposes the clinical database URL "
     "`postgresql://ehr_ro:{key:db_password}@{ip4}:5432/clinical` - rotate that password and move it to the vault."),
    ("chat.hc_en22", None,
     "The SMART on FHIR launch failed because the bearer token expired:\n`Authorization: Bearer {key:jwt}`\n"
     "Request id {n.uuid}, server version {n.ver:5}."),
    ("chat.hc_en23", None,
     "Your temporary patient-portal password is `{key:password}`. You'll be asked to change it when you first sign in."),
    ("chat.hc_en24", None,
     "Pre-authorisation {n.order:prior_auth} approved for {pat} ({pat.dob}): {w:knee arthroscopy|MRI brain|sleep study}, "
     "valid until {n.date}. Provider contact {doc.email}."),
    ("chat.hc_en25", None,
     "Fit note issued to {pat} of {pat.addr}: not fit for work from {n.date} to {n.date#2} because of lower back pain."),
    ("chat.hc_en26", None,
     "Invoice {n.order:invoice} for {pat}'s physiotherapy ({n.money}) - please transfer to IBAN {iban}, quoting "
     "{n.order:invoice}."),
    ("chat.hc_en27", None,
     "Delivery note: {pat}, {pat.addr}. Call {pat.phone} on arrival; {n.dose} is a controlled drug and needs a signature."),
    ("chat.hc_en28", None,
     "Access alert: {nurse.email} opened record {pat.mrn} from {ip6} at {n.ts}, outside their assigned ward."),
    ("chat.hc_en29", ["ru_RU"],
     "The clinic needs these for the tax-deduction certificate: patient {pat}, passport {pat.passport}, "
     "INN {pat.inn}; clinic INN {orginn}. Paid total {n.money}."),
    ("chat.hc_en30", ["ru_RU"],
     "Admission checklist for {pat} (DOB {pat.dob}): SNILS {pat.snils}, passport {pat.passport}, contact {pat.phone}."),
    ("chat.hc_en31", None,
     "I've removed the AWS credentials from the DICOM export script; they were `{key:aws_access_key_id}` / "
     "`{key:aws_secret_key}`. The study UID {n.num:dicom} is unaffected."),
    ("chat.hc_en32", None,
     "On-call summary: {pat} (MRN {pat.mrn}) scored 9 on the {n.tc:scale}; family informed via {rel} on {rel.mobile}. "
     "Bleep the registrar, {n.at} already notified."),
    ("chat.hc_en33", ["en_GB"],
     "Dear Dr {doc.last},\n\nRe: {pat}, DOB {pat.dob}, NHS No. {pat.mrn:nhs}\n{pat.addr}\n\nThank you for referring "
     "this {pat.age}-year-old {pat.g:man|woman} with {n.tc:disease}. I have started {n.dose} {freq}.\n\nYours sincerely,\n{doc2}"),
    ("chat.hc_en34", ["en_US"],
     "Patient intake extracted:\nName: {pat.lf}\nDOB: {pat.dob}\nSSN: {pat.ssn}\nAddress: {pat.addr}\nPhone: {pat.phone}\n"
     "Email: {pat.email}\nInsurance claim ref: {n.order:claim}"),
    ("chat.hc_en35", ["en_US"],
     "Medicaid renewal prefilled for {pat}: SSN {pat.ssn}, date of birth {pat.dob}, household address {pat.addr}. "
     "Caseworker {coord}, {coord.phone}."),
    ("chat.hc_en36", ["en_US"],
     "Workers' comp claim {n.order:claim}: employee {pat.lf}, SSN {pat.ssn}, injured {n.date}, treating provider Dr {doc}. "
     "Employer contact {rep.email}."),
    ("chat.hc_en37", None,
     "Heads-up: the online booking widget embeds your live payment key `{key:stripe}`. Revoke it and issue a restricted "
     "key; the widget build is {n.ver:0}."),
    ("chat.hc_en38", None,
     "The home-care route planner ships a Maps key in the app bundle ({key:google_api}). Restrict it to the Android "
     "package and rotate before the {n.date} release."),
    ("chat.hc_en39", None,
     "The AI scribe service prints its credential on start-up:\n```\nSCRIBE_API_KEY={key:openai_like}\nSCRIBE_REGION=eu\n```\n"
     "Scrub the logs from {n.date} onwards."),
    ("chat.hc_en40", None,
     "CI for the patient app leaked `{key:github_pat_classic}` in job {n.order:ticket}; it also pinned {n.pkg}. "
     "Revoke the token first."),
    ("chat.hc_en41", None,
     "Prescription delivery for {pat} is on hold: card {pat.card} was declined, parcel {n.card} stays at the depot."),
    ("chat.hc_en42", None,
     "Sample tube {n.card} scanned for {pat} (MRN {pat.mrn}) at {n.time}; courier batch {n.order:specimen}."),
    ("chat.hc_en43", ["en_GB"],
     "Care home fees for {pat}: direct debit from {rel}'s account {rel.iban}, mandate {n.order:ticket}, first "
     "collection {n.date}."),
    ("chat.hc_en44", None,
     "The discharge PDF for {pat} ({pat.dob}) is attached inline; payload starts `{n.b64}`. Hash {n.hash}."),
    ("chat.hc_en45", ["ru_RU"],
     "Polyclinic record for {pat} ({pat.dob}): SNILS {pat.snils}, INN {pat.inn}; clinic INN {orginn}, "
     "card on file {pat.card}."),
    ("chat.hc_en46", None,
     "Someone pasted the on-call bot token `{key:slack}` into the ward handover doc. Revoke it; {n.at} is aware."),
    ("chat.hc_en47", ["en_US"],
     "HIPAA access request from {pat} (SSN {pat.ssn:dashed}): copies of all records since {n.date}. "
     "Send to {pat.email} or mail to {pat.addr}."),
    ("chat.hc_en48", None,
     "Payment received for {pat}'s dental implant: {n.money} on card {pat.card}, receipt {n.order:invoice}."),
]

HEADINGS = ["## Summary", "### Clinic note", "**Draft**", "## Extracted record", "### Message"]

greeting = Pozdravljeni, { $name },
label-when = Kdaj
label-where = Kje
label-programme = Program
label-now = Novo
label-before = Prej
link-event = Stran dogodka
link-manage = Oglejte si ali prekličite prijavo
calendar-adds = Priložena koledarska datoteka doda dogodek v vaš koledar.
calendar-updates = Priložena koledarska datoteka posodobi vnos v vašem koledarju.
calendar-removes = Priložena koledarska datoteka odstrani vnos iz vašega koledarja.
footer = Poslal clustercord, { $url }
kind-exchange_forum = Forum za izmenjavo izkušenj
kind-study_visit = Študijski obisk
confirmed-subject = Potrjeno: { $title } — { $when }
confirmed-intro = vaše mesto na dogodku »{ $title }« je potrjeno.
confirmed-hint = Če se ne morete udeležiti, prijavo prosimo prekličite, da vaše mesto dobi nekdo s čakalnega seznama.
waitlisted-subject = Čakalni seznam (št. { $position }): { $title }
waitlisted-intro = dogodek »{ $title }« je trenutno zaseden, zato ste na čakalnem seznamu, na { $position }. mestu.
waitlisted-country-intro = dogodek »{ $title }« ima še prosta mesta, vendar so mesta za udeležence iz vaše države trenutno zasedena (največ { $cap } iz ene države), zato ste na čakalnem seznamu, na { $position }. mestu.
waitlisted-hint = Ko se mesto sprosti, se samodejno pomaknete naprej in vam takoj pišemo.
link-waitlist = Oglejte si svoje mesto ali zapustite čakalni seznam
promoted-subject = Mesto za vas: { $title } — { $when }
promoted-intro = dobra novica: sprostilo se je mesto in vaša prijava na »{ $title }« je zdaj potrjena.
cancelled-subject = Preklicano: vaša prijava na { $title }
cancelled-intro = vaša prijava na »{ $title }« je preklicana. Hvala, da ste nam sporočili: vaše mesto dobi naslednji s čakalnega seznama.
cancelled-hint = Dokler so prijave odprte, se lahko znova prijavite na strani dogodka.
staff-cancelled-subject = Organizatorji so preklicali vašo prijavo na { $title }
staff-cancelled-intro = organizatorji dogodka »{ $title }« so preklicali vašo prijavo.
staff-cancelled-reason = Njihovo sporočilo:
staff-cancelled-hint = Če menite, da gre za pomoto, odgovorite na to e-poštno sporočilo.
changed-subject = Sprememba: { $title } — { $when }
changed-intro = čas ali kraj dogodka »{ $title }« sta se spremenila.
event-cancelled-subject = Odpovedano: { $title } — { $when }
event-cancelled-intro = žal nam je, dogodek »{ $title }« je odpovedan. Vaša prijava s tem preneha in vam ni treba storiti ničesar.
event-cancelled-invitee-intro = žal nam je: dogodek »{ $title }«, na katerega ste bili povabljeni, je odpovedan. Ničesar vam ni treba storiti.
invitation-subject = Vabilo: { $title } — { $when }
invitation-greeting = Pozdravljeni,
invitation-intro = vabimo vas na dogodek »{ $title }«, ki ga organizira tematska skupina { $group }.
invitation-register = Prijavite se
invitation-decline = Ne morem se udeležiti
invitation-seats = Število mest je omejeno; mesta dodeljujemo po vrstnem redu prijav.
reminder-subject = Opomnik: { $title } — { $when }
reminder-intro = opominjamo vas, da se dogodek »{ $title }« bliža. Veselimo se srečanja z vami.
unsubscribe = Ne želim več prejemati vabil te skupine
test-subject = Testno sporočilo clustercord
test-body = To je testno sporočilo clustercord. Če ga lahko preberete, pošiljanje pošte deluje.
link-subject = Vaša prijava: { $title }
link-intro = nekdo (upamo, da vi) je ta naslov znova poskušal prijaviti na »{ $title }«. Že ste prijavljeni; tu je povezava do vaše prijave.
link-hint = Če to niste bili vi, vam ni treba storiti ničesar: brez te povezave nihče drug ne more videti ali spremeniti vaše prijave.

## Staff accounts
staff-invitation-subject = Vaš račun za ekipo v clustercordu: nastavite geslo
staff-invitation-intro = { $inviter } vam je ustvaril(a) račun za ekipo v clustercordu.
staff-invitation-admin = Kot skrbnik upravljate vse tematske skupine in račune ekipe.
staff-invitation-coordinator = Kot koordinator načrtujete forume in študijske obiske svojih skupin, vabite člane in spremljate prijave.
staff-invitation-action = Nastavite geslo
staff-invitation-hint = Povezava deluje enkrat, 7 dni. Če tega e-poštnega sporočila niste pričakovali, ga prezrite.
materials-subject = Gradiva na spletu: { $title }
materials-intro = { $count ->
    [one] { $count } gradivo z dogodka »{ $title }« (zapisnik, prosojnice ali fotografije) je na voljo udeležencem.
    [two] { $count } gradivi z dogodka »{ $title }« (zapisnik, prosojnice ali fotografije) sta na voljo udeležencem.
    [few] { $count } gradiva z dogodka »{ $title }« (zapisnik, prosojnice ali fotografije) so na voljo udeležencem.
   *[other] { $count } gradiv z dogodka »{ $title }« (zapisnik, prosojnice ali fotografije) je na voljo udeležencem.
}
materials-open = Odpri gradiva
materials-private = Povezava je samo vaša: z njo si lahko tudi ogledate ali prekličete prijavo.

## B2B meetings
b2b-request-subject = Prošnja za srečanje od { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } iz { $organisation } ({ $country }) vas prosi za srečanje B2B na dogodku »{ $title }«.
b2b-label-offers = Ponuja
b2b-label-seeks = Išče
b2b-label-message = Sporočilo
b2b-label-table = Miza
b2b-label-with = S kom
b2b-request-answer = Sprejmite ali zavrnite
b2b-request-hint = Prošnja, na katero ne odgovorite do zaprtja prošenj, poteče. Organizatorji sprejetim srečanjem določijo čas in mizo, svoj razpored pa prejmete pred dogodkom.
b2b-accepted-subject = { $name } je sprejel(a) vašo prošnjo za srečanje: { $title }
b2b-declined-subject = { $name } je zavrnil(a) vašo prošnjo za srečanje: { $title }
b2b-accepted-intro = { $name } iz { $organisation } je sprejel(a) vašo prošnjo. Organizatorji bodo srečanju določili čas in mizo, vi pa boste prejeli svoj razpored.
b2b-declined-intro = { $name } iz { $organisation } je zavrnil(a) vašo prošnjo. Dokler so prošnje odprte, lahko prosite druge udeležence.
b2b-open-page = Odprite svoja srečanja B2B
b2b-agenda-subject = Vaša srečanja B2B: { $title }
b2b-agenda-intro = { $count ->
    [one] tu je vaše srečanje B2B na dogodku »{ $title }«:
    [two] tu sta vaši { $count } srečanji B2B na dogodku »{ $title }«:
    [few] tu so vaša { $count } srečanja B2B na dogodku »{ $title }«:
   *[other] tu je vaših { $count } srečanj B2B na dogodku »{ $title }«:
}
b2b-agenda-none = na dogodku »{ $title }« vam ni bilo mogoče razporediti nobenega srečanja B2B. Če sprejmete še odprte prošnje, jih organizatorji lahko razporedijo pozneje.
b2b-agenda-calendar = Priložena datoteka koledarja doda vsako srečanje v vaš koledar; poznejši razpored jih tam premakne.
b2b-calendar-title = Srečanje B2B: { $name } ({ $organisation })
b2b-calendar-table = Miza { $table }
b2b-reminder-subject = Še čaka na vaš odgovor: { $name }, { $title }
b2b-reminder-intro = { $name } iz { $organisation } ({ $country }) vas je prosil(a) za srečanje B2B na dogodku »{ $title }«, prošnje pa se zaprejo v enem dnevu. Prosimo, sprejmite ali zavrnite, da lahko organizatorji načrtujejo.
b2b-outcome-subject = Kaj je prineslo vaše srečanje B2B? { $title }
b2b-outcome-intro = od vaših srečanj B2B na dogodku »{ $title }« je minilo nekaj časa. Nam za vsako srečanje poveste, kaj je prineslo? En klik na srečanje, šteje pa v poročilu programa.
b2b-outcome-choices = Odgovori: brez nadaljnjega stika, še v stiku ali dosežen dogovor o sodelovanju.
b2b-calendar-dropped = Srečanje B2B (odpovedano)

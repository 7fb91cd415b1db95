# The staff area, in Slovenian.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Shrani
staff-actions = Dejanja
staff-event = Dogodek
staff-when = Kdaj
staff-status = Stanje
staff-seats = Mesta
staff-name = Ime
staff-email = E-pošta
staff-organisation = Organizacija
staff-country = Država
staff-language = Jezik
staff-role = Vloga
staff-groups = Skupine
staff-public-page = Javna stran
staff-mailing-list = Poštni seznam
staff-registrations = Prijave
staff-invitations = Vabila
staff-schedule = Načrtuj dogodek
staff-no-go-back = Ne, nazaj
staff-no-keep = Ne, ohrani
staff-deleted-user = (izbrisan uporabnik)
staff-optional = (neobvezno)
status-draft = osnutek
status-published = objavljeno
status-cancelled = preklicano
status-confirmed = potrjeno
status-waitlisted = v čakalni vrsti
status-pending = čaka
status-sent = poslano
status-failed = neuspešno
status-invited = povabljeno
status-registered = prijavljeno
status-declined = zavrnjeno
attendance-attended = prisotnost
attendance-no_show = odsotnost
role-admin = skrbnik
role-coordinator = koordinator

## Sign-in and password
login-title = Prijava za osebje
login-intro = Za koordinatorje skupin in skrbnike.
login-password = Geslo
login-submit = Prijavi se
login-wrong = E-poštni naslov ali geslo ni pravilno.
login-too-many = Preveč neuspešnih poskusov z vašega naslova. Poskusite znova čez { $wait }.
login-password-set = Geslo je nastavljeno: prijavite se s svojim e-poštnim naslovom in novim geslom.
password-title = Nastavite geslo
password-intro = Izberite geslo z vsaj 12 znaki za svoj račun za ekipo v clustercordu. Dobro geslo je nekaj besed, ki si jih zapomnite.
password-new = Novo geslo
password-again = Ponovite geslo
password-submit = Nastavi geslo
password-link-gone = Ta povezava je že bila uporabljena ali je potekla. Za novo prosite skrbnika, ki vas je povabil, ali pa se prijavite, če ste geslo že nastavili.
password-sign-in = Prijava
password-differ = Gesli se razlikujeta; dvakrat vnesite isto geslo.
password-short = Geslo mora imeti vsaj 12 znakov.

## The staff home (dashboard)
dash-title = Območje za osebje
dash-welcome = Pozdravljeni, { $name }
dash-you-admin = Prijavljeni ste kot skrbnik: upravljate vse tematske skupine.
dash-you-coordinator = Prijavljeni ste kot koordinator spodnjih skupin.
dash-coming = Prihajajoči dogodki
dash-seats-taken = Zasedena mesta
dash-waiting = V čakalni vrsti
dash-of-capacity = { $count } od { $capacity }
dash-invited = poslano: { $count }; prijave: { $registered }, zavrnitve: { $declined }
dash-invite = Povabi udeležence
dash-no-coming = Ni prihajajočih objavljenih dogodkov.
dash-drafts = Osnutki, ki čakajo na objavo ({ $count })
dash-failed = Sporočila, ki jih ni bilo mogoče poslati ({ $count })
dash-failed-see = Oglejte si jih in poskusite znova
dash-all-groups = Vse skupine
dash-your-groups = Vaše skupine
dash-no-groups = Dodeljena vam še ni nobena skupina. Obrnite se na skrbnika.
dash-recent = Zadnja dejanja osebja
dash-recent-all = Celoten revizijski dnevnik
dash-mail = Odhodna pošta in njena dostava
dash-accounts = Računi ekipe
dash-audit = Revizijski dnevnik
dash-erase = Izbris podatkov osebe
deadline-closed = prijave zaprte
deadline-today = prijave se zaprejo danes
deadline-tomorrow = prijave se zaprejo jutri
deadline-days = { $count ->
    [one] prijave se zaprejo čez { $count } dan
    [two] prijave se zaprejo čez { $count } dni
    [few] prijave se zaprejo čez { $count } dni
   *[other] prijave se zaprejo čez { $count } dni
}

## A group's events
group-events-title = { $group }: dogodki
group-events-caption = Dogodki skupine { $group }
group-register-list = Prijave
group-invite = Povabi
group-edit = Uredi
group-publish = Objavi
group-cancel = Odpovej …
group-no-events = Dogodkov še ni. Načrtujte prvi forum za izmenjavo ali študijski obisk skupine.
group-public = Javna stran skupine
group-feed-ics = Koledarski vir (.ics)
notice-created = Dogodek je shranjen kot osnutek. Objavite ga, ko bo pripravljen.
notice-published = Objavljeno: dogodek je na javnih straneh in v koledarskem viru.
notice-updated = Spremembe so shranjene. Prijavljeni bodo obveščeni o novem času ali kraju.
notice-cancelled = Dogodek je odpovedan. Prijavljene o tem obveščamo po e-pošti.

## The event form
form-new = Načrtujte dogodek za skupino { $group }
form-edit = Urejanje: »{ $title }«
form-correct = Popravite označena polja ({ $count }).
form-what = Kaj
form-kind = Vrsta
form-title = Naslov
form-description = Opis
form-when = Kdaj
form-local-time = Lokalni čas prizorišča.
form-starts = Začetek
form-ends = Konec
form-timezone = Časovni pas prizorišča
form-where = Kje
form-venue = Prizorišče
form-address = Naslov
form-city = Mesto
form-country = Država (koda ISO, npr. IT)
form-host = Organizacija gostiteljica (študijski obiski)
form-seats = Mesta
form-capacity = Število mest (prazno: brez omejitve)
form-country-cap = Največ mest na državo (prazno: brez omejitve)
form-deadline = Rok za prijave (neobvezno)
form-agenda = Program ali potek poti
form-agenda-hint = Za forum seje z govorci, za študijski obisk postanki s krajem. Prazne vrstice se preskočijo.
form-add-row = Dodaj vrstico
form-from = Od
form-to = Do
form-speaker = Govorec
form-place = Kraj
form-row-error = Ta vrstica: { $message }
form-overlap = Vseeno načrtuj, čeprav se prekriva z drugim dogodkom
form-past = Ta dogodek je v preteklosti. Če ga želite vseeno shraniti, označite spodnje polje.
form-past-confirm = Shrani, čeprav je v preteklosti
form-back = Nazaj brez shranjevanja
form-overlap-problem = Dogodek bi se v tej skupini prekrival z »{ $title }« ({ $when }). Če ga želite vseeno shraniti, spodaj označite »Vseeno načrtuj«.

## Registrations of an event
regs-title = Prijave: { $title }
regs-csv = Prenesi CSV
regs-sheet = Lista prisotnosti za tiskanje
regs-participation = Udeležba
regs-confirmed = potrjene
regs-waiting = v čakalni vrsti
regs-cancelled = preklicane
regs-attended = prisotni
regs-seats-left = prosta mesta
regs-by-country = Po državah
regs-by-kind = Po vrsti organizacije
regs-kind = Vrsta organizacije
regs-head-confirmed = Potrjene
regs-head-waiting = V čakalni vrsti
regs-head-cancelled = Preklicane
regs-head-attended = Prisotni
regs-none-yet = Prijav še ni.
regs-note = Opomba
regs-attendance-of = Prisotnost: { $name }
regs-not-marked = ni označeno
regs-cancel = Prekliči prijavo
regs-nobody = Prijavil se ni še nihče.

## Cancelling a registration
rcancel-title = Želite preklicati prijavo osebe { $name }?
rcancel-crumb = Preklic prijave
rcancel-who = Prijava osebe { $name } ({ $email }, { $country }) na »{ $title }«, { $when }, ima stanje: { $status }.
rcancel-told = Oseba bo v svojem jeziku prejela e-poštno sporočilo, da so organizatorji preklicali njeno prijavo, skupaj s posodobitvijo koledarja, ki dogodek odstrani.
rcancel-seat = Njeno mesto dobi naslednja ustrezna oseba v čakalni vrsti.
rcancel-already = Ta prijava je že preklicana.
rcancel-message = Sporočilo za: { $name } (neobvezno)
rcancel-hint = Razlog pojasnite z besedami, ki jih bo oseba razumela; sporočilo bo poslano natanko tako, kot ga napišete.
rcancel-submit = Da, prekliči prijavo

## Cancelling an event
ecancel-title = Želite odpovedati »{ $title }«?
ecancel-registrants = { $count ->
    [one] { $count } prijavljena oseba bo prejela e-poštno sporočilo o odpovedi dogodka, skupaj s posodobitvijo koledarja, ki ga odstrani.
    [two] { $count } prijavljeni osebi bosta prejeli e-poštno sporočilo o odpovedi dogodka, skupaj s posodobitvijo koledarja, ki ga odstrani.
    [few] { $count } prijavljene osebe bodo prejele e-poštno sporočilo o odpovedi dogodka, skupaj s posodobitvijo koledarja, ki ga odstrani.
   *[other] { $count } prijavljenih oseb bo prejelo e-poštno sporočilo o odpovedi dogodka, skupaj s posodobitvijo koledarja, ki ga odstrani.
}
ecancel-nobody = Prijavljen ni še nihče.
ecancel-invitees = Obveščeni bodo tudi povabljeni, ki se niso odzvali.
ecancel-final = Tega ni mogoče razveljaviti.
ecancel-message = Sporočilo zanje (neobvezno)
ecancel-hint = Zakaj in kaj sledi (morda nov datum); sporočilo bo poslano natanko tako, kot ga napišete.
ecancel-submit = Da, odpovej dogodek

## The mailing list
members-title = { $group }: poštni seznam
members-import-done = Uvoz končan:
members-import-counts = dodanih: { $added }, posodobljenih: { $updated }, zavrnjenih: { $refused }.
members-line = Vrstica { $line }: { $reason }
members-add = Dodaj člana
members-country = Država (koda ISO)
members-language = Jezik sporočil
members-add-submit = Dodaj
members-import = Uvozi preglednico
members-import-hint = Datoteka CSV (UTF-8) z vrstico glave: name, email, organisation, country, language. Naslovi, ki so že na seznamu, se posodobijo in ne podvojijo. Če datoteke ni mogoče prebrati, se ne uvozi nič.
members-file = Datoteka CSV
members-import-submit = Uvozi
members-download = Prenesi seznam kot CSV
members-total = { $count ->
    [one] { $count } član
    [two] { $count } člana
    [few] { $count } člani
   *[other] { $count } članov
}
members-page-of = Stran { $page } od { $pages }
members-by-name = Stran { $page } od { $pages }, po imenu.
members-unsubscribed = odjavljen
members-remove = Odstrani
members-pages = Strani seznama
members-previous = ‹ Prejšnja
members-next = Naslednja ›
members-empty = Članov še ni: dodajte jih zgoraj ali uvozite preglednico.
members-removed = Odstranjeno s poštnega seznama.
members-choose-file = Izberite datoteko za uvoz: CSV, katerega prva vrstica navaja imena stolpcev.
members-nothing-imported = Nič ni bilo uvoženo: datoteka { $reason }.
mremove-title = Želite odstraniti { $name } s poštnega seznama?
mremove-crumb = Odstranitev
mremove-text = Oseba { $name } ({ $email }, { $country }) ne bo več prejemala vabil skupine { $group }. Prijave, ki jih je oddala, ostanejo nespremenjene; o tem ne bo obveščena.
mremove-submit = Da, odstrani { $name }
mremove-keep = Ne, ohrani na seznamu

## Invitations
inv-title = Vabila: { $title }
inv-heading = Povabite udeležence na »{ $title }«
inv-who = Prejemniki
inv-to-group = Vsi člani skupine { $group } (vsak v svojem jeziku)
inv-to-list = Ti naslovi (v angleščini):
inv-addresses = Naslovi, eden na vrstico
inv-placeholder = en naslov na vrstico
inv-resend = Znova pošlji tistim, ki so bili povabljeni že prej
inv-submit = Pošlji vabila
inv-invited = Povabljeni ({ $count })
inv-answer = Odgovor
inv-when-invited = Datum vabila
inv-nobody = Povabljen ni še nihče.
inv-queued = { $count ->
    [one] { $count } vabilo čaka na pošiljanje; odposlano bo v eni minuti.
    [two] { $count } vabili čakata na pošiljanje; odposlani bosta v eni minuti.
    [few] { $count } vabila čakajo na pošiljanje; odposlana bodo v eni minuti.
   *[other] { $count } vabil čaka na pošiljanje; odposlana bodo v eni minuti.
}
inv-skipped = { $count ->
    [one] { $count } oseba je bila izpuščena: povabljena že prej ali odjavljena.
    [two] { $count } osebi sta bili izpuščeni: povabljeni že prej ali odjavljeni.
    [few] { $count } osebe so bile izpuščene: povabljene že prej ali odjavljene.
   *[other] { $count } oseb je bilo izpuščenih: povabljenih že prej ali odjavljenih.
}
inv-none-given = Izberite člane skupine ali vnesite vsaj en naslov.
inv-bad-addresses = To niso e-poštni naslovi: { $list }. Nič ni bilo poslano.
iconfirm-title = Želite povabiti skupino { $group }?
iconfirm-crumb = Potrditev
iconfirm-heading = Želite povabiti člane skupine { $group }?
iconfirm-count = { $count ->
    [one] { $count } oseba bo prejela vabilo po e-pošti v svojem jeziku.
    [two] { $count } osebi bosta prejeli vabilo po e-pošti, vsaka v svojem jeziku.
    [few] { $count } osebe bodo prejele vabilo po e-pošti, vsaka v svojem jeziku.
   *[other] { $count } oseb bo prejelo vabilo po e-pošti, vsaka v svojem jeziku.
}
iconfirm-left-out = Člani, ki so bili povabljeni že prej, so izpuščeni.
iconfirm-unsubscribed = Člani, ki so se odjavili, ne prejmejo ničesar.
iconfirm-submit = { $count ->
    [one] Da, pošlji { $count } vabilo
    [two] Da, pošlji { $count } vabili
    [few] Da, pošlji { $count } vabila
   *[other] Da, pošlji { $count } vabil
}
iconfirm-nobody = Nihče ne bi prejel sporočila: vsi člani so bili že povabljeni ali so se odjavili. Če jih želite povabiti še enkrat, označite »Znova pošlji tistim, ki so bili povabljeni že prej«.

## Outgoing mail
mail-title = Odhodna pošta
mail-all = vse
mail-to = Prejemnik
mail-subject = Zadeva
mail-attempts = Poskusi
mail-last-error = Zadnja napaka
mail-retry = Poskusi znova
mail-none = Ni sporočil.
mail-none-status = Tem filtrom ne ustreza nobeno sporočilo.

## Audit log
audit-title = Revizijski dnevnik
audit-intro = Kaj je naredilo osebje, najnovejše najprej (zadnjih 500 dejanj), časi v { $zone }.
audit-when = Kdaj
audit-who = Kdo
audit-action = Dejanje
audit-on = Predmet
audit-detail = Podrobnosti
audit-none = Zapisov še ni.

## Staff accounts
acc-title = Računi ekipe
acc-who-has = Kdo ima račun ({ $count })
acc-who = Kdo
acc-state = Stanje
acc-all = vsi
acc-disabled = onemogočen
acc-invited = povabljen, gesla še ni
acc-active = aktiven
acc-change = Spremeni
acc-invite = Povabi novo osebo
acc-invite-hint = Prejme e-poštno sporočilo s povezavo, prek katere si sama nastavi geslo (deluje enkrat, 7 dni).
acc-name-hint = (vidno drugim članom osebja)
acc-role-coordinator = Koordinator spodaj označenih skupin
acc-role-admin = Skrbnik: vse skupine in računi ekipe
acc-groups-coordinator = (za koordinatorja)
acc-invite-language = Jezik vabila
acc-invite-submit = Pošlji vabilo
acc-active-box = Lahko se prijavi (odznačite, da račun onemogočite: njegove seje in žetoni API takoj prenehajo veljati)
acc-back = Nazaj na račune
acc-notice-invited = Vabilo je na poti: povezava za nastavitev gesla deluje 7 dni.
acc-notice-saved = Račun je shranjen.

## Erasing a person's data
erase-title = Izbris podatkov osebe
erase-done = Izbrisano.
erase-done-counts = Izbrisano — prijave: { $registrations }, vabila: { $invitations }, vnosi na poštnih seznamih: { $members }, sporočila: { $messages }.
erase-nothing = Za { $email } ne hranimo ničesar: nobene prijave, vabila, vnosa na poštnem seznamu ali sporočila.
erase-found = Za { $email } hranimo — prijave: { $registrations }, vabila: { $invitations }, vnosi na poštnih seznamih: { $members }, sporočila: { $messages }. Izbris odstrani vse to in ga ni mogoče razveljaviti.
erase-submit = Da, izbriši vse, kar hranimo za { $email }
erase-intro = Ko nekdo zahteva, da ga pozabimo, ta funkcija izbriše vse, kar hranimo za njegov naslov: prijave na vse dogodke (mesto, ki ga je imel pred dogodkom, dobi naslednji v čakalni vrsti), vabila, vnose na poštnih seznamih vseh skupin in vsa e-poštna sporočila, ki so mu bila poslana ali čakajo na pošiljanje. Preden se kar koli izbriše, boste videli, kaj bo izbrisano. Revizijski dnevnik zabeleži, da je bil izbris opravljen, ne pa, čigavi podatki so bili izbrisani.
erase-address = E-poštni naslov osebe
erase-show = Prikaži, kaj hranimo za ta naslov
erase-bad-address = Vnesite naslov tako, kot nam je bil posredovan, npr. ime@example.org.

## The attendance sheet
sheet-title = Lista prisotnosti: { $title }
sheet-date = Datum:
sheet-venue = Prizorišče:
sheet-back = Nazaj
sheet-print = To stran natisnite iz brskalnika (Ctrl+P).
sheet-signature = Podpis
sheet-total = { $count ->
    [one] { $count } potrjen udeleženec.
    [two] { $count } potrjena udeleženca.
    [few] { $count } potrjeni udeleženci.
   *[other] { $count } potrjenih udeležencev.
}
sheet-organiser = Podpis organizatorja:

## Field errors of the staff forms
field-after-start = mora biti po začetku
field-before-start = mora biti pred začetkom dogodka
field-within-event = mora biti med začetkom in koncem dogodka
field-after-previous = mora slediti prejšnji postavki
field-timezone = mora biti časovni pas IANA, npr. Europe/Rome
field-timezone-perhaps = mora biti ime časovnega pasu IANA: morda { $list }
field-capacity = mora biti celo število od 1 do 100000 ali pa ostane prazno (brez omejitve)
field-country-cap = mora biti celo število, vsaj 1, ali pa ostane prazno (brez omejitve)
field-cap-above-capacity = ne sme biti večje od števila mest
field-below-confirmed = ne sme biti manjše od števila potrjenih prijav ({ $count })
field-below-country = ne sme biti manjše od števila potrjenih prijav iz ene države ({ $count })
field-time = mora biti datum in čas
field-password-short = mora imeti vsaj 12 znakov
wait-seconds = { $count ->
    [one] { $count } sekundo
    [two] { $count } sekundi
    [few] { $count } sekunde
   *[other] { $count } sekund
}
wait-minutes = { $count ->
    [one] { $count } minuto
    [two] { $count } minuti
    [few] { $count } minute
   *[other] { $count } minut
}
inv-started = Dogodek se je že začel: vabila pošiljamo le za prihodnje dogodke.
field-number = mora biti celo število
audit-group = Skupina
audit-any = vse skupine
audit-anyone = kdorkoli
audit-filter = Prikaži
mail-intro = Najnovejših 500 sporočil, časi v { $zone }.
mail-any-event = vsi dogodki
mail-day = Napisano dne
mail-written = Napisano
mail-show-text = Preberi
mail-text = Sporočilo, kot je bilo poslano (besedilo)
mail-back = Nazaj na odhodno pošto
acc-language = Jezik strani in pošte
acc-language-browser = kot želi brskalnik
acc-again-heading = Ponovno pošlji povezavo
acc-again-hint = Na vabilo še ni odgovora: pošljite novo povezavo za nastavitev gesla (deluje enkrat, 7 dni); prej poslane povezave ne bodo več delovale.
acc-again-submit = Pošlji novo povezavo
acc-reset-hint = Prejme povezavo za nastavitev novega gesla (deluje enkrat, 7 dni); do takrat velja trenutno geslo.
inv-publish-first = Preden povabite ljudi, dogodek objavite.
acc-last-admin = To je zadnji dejavni skrbnik: najprej imenujte drugega.
acc-exists = Račun osebja za { $email } že obstaja.
field-language = mora biti ena od kod: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } je v datoteki že prej
epublish-title = Objavim »{ $title }«?
epublish-overlap = Prekriva se z »{ $title }« ({ $when }) v tej skupini. Ga vseeno objavim?
epublish-anyway = Vseeno objavi
event-edit = Uredi dogodek
members-no-column = nima stolpca { $columns } v vrstici z glavo
members-not-csv = ni veljaven CSV ({ $detail })
audit-act-event-schedule = dogodek načrtovan
audit-act-event-change = dogodek spremenjen
audit-act-event-publish = dogodek objavljen
audit-act-event-cancel = dogodek odpovedan
audit-act-event-invite = vabila poslana
audit-act-registration-cancel = prijava preklicana
audit-act-registration-attendance = udeležba označena
audit-act-members-add = član dodan
audit-act-members-remove = član odstranjen
audit-act-members-import = člani uvoženi
audit-act-group-create = skupina ustvarjena
audit-act-staff-invite = sodelavec povabljen
audit-act-staff-reinvite = nova povezava za prijavo poslana
audit-act-staff-change = račun sodelavca spremenjen
audit-act-person-erase = oseba izbrisana
audit-act-mail-retry = sporočilo znova poslano
audit-act-export = seznam izvožen
members-added = Shranjeno na poštnem seznamu.
regs-done-attendance = Udeležba shranjena.
regs-done-cancelled = Prijava preklicana. Oseba bo obveščena po e-pošti.
form-audience = Komu je namenjen
form-audience-hint = Notranji sestanki projekta se nikoli ne štejejo v kazalnike programa.
audience-closed = Povabljeni ali prijavljeni udeleženci
audience-public = Odprto za vse
audience-internal = Notranji sestanek projekta
planed-title = Strateški načrt skupine { $group }
planed-saved = Shranjeno.
planed-adopted = Sprejeto: ta različica je zamrznjena, kakršna je.
planed-deleted = Ključni ukrep izbrisan.
planed-moved = Premaknjeno.
planed-adopted-badge = sprejet
planed-text = Naslov in povzetek
planed-summary = Povzetek
planed-summary-hint = Navadno besedilo; med odstavki pustite prazno vrstico.
planed-create = Ustvari načrt
planed-up = Gor
planed-down = Dol
planed-delete = Izbriši
planed-add = Dodaj ključni ukrep
planed-parent = Del ukrepa
planed-top-level = (samostojen ključni ukrep)
planed-add-button = Dodaj in odpri
planed-versions = Sprejem in različice
planed-adopt-hint = Sprejem zamrzne načrt, kakršen je, kot različico { $version }; ta ostane berljiva, kakršna je bila, karkoli se pozneje spremeni.
planed-adopt = Sprejmi kot različico { $version }
planed-version = Različica { $version }, { $when }
planed-compare = primerjaj z zdajšnjim
planed-owners-hint = Eden na vrstico: organizacija, koda države (Milano Metropoli, IT).
planed-targets = Cilji
planed-targets-hint = Cilj pustite prazen, kjer ne velja. Napredek je povprečje nastavljenih ciljev.
planed-events = Dogodki skupine, ki jim ta ukrep služi
planed-progress = Napredek
planed-progress-now = Zdaj { $percent } %
planed-manual = Napredek nastavi ročno
planed-percent = Napredek v odstotkih (od 0 do 100)
planed-reason = Zakaj (obvezno pri ročni nastavitvi)
compare-title = Različica { $version } ob zdajšnjem načrtu
compare-changed = spremenjeno
compare-same = nespremenjeno
compare-change = Sprememba
compare-then = V različici { $version }
compare-now = Zdaj
compare-added = dodano
compare-removed = odstranjeno
compare-field-title = naslov
compare-field-description = opis
compare-field-due = rok
compare-field-status = stanje
compare-field-owners = nosilci
compare-field-targets = cilji
compare-field-events = dogodki
staff-plan = Strateški načrt
staff-materials = Gradiva
mat-added = Gradivo dodano.
mat-deleted = Gradivo izbrisano.
mat-told = Potrjeni udeleženci bodo obveščeni, vsak v svojem jeziku.
mat-list = Gradiva
mat-tell-hint = Vsakemu potrjenemu udeležencu pošlje sporočilo v njegovem jeziku z lastno povezavo do gradiv, ki jih sme videti.
mat-tell = Obvesti udeležence, da so gradiva na spletu
mat-none = Gradiv še ni.
mat-add = Dodaj datoteko ali povezavo
mat-kind = Vrsta
mat-language = Jezik gradiva
mat-any-language = (katerikoli ali več)
mat-visibility = Kdo ga sme videti
mat-vis-participants = Potrjeni udeleženci
mat-vis-public = Vsi
mat-vis-staff = Samo sodelavci skupine
mat-file = Datoteka (največ 25 MB)
mat-file-hint = Ali pustite prazno in spodaj vpišite povezavo (video, deljena mapa).
mat-url = Povezava (http ali https)
mat-add-button = Dodaj
form-serves = Ključni ukrepi načrta, ki jim služi ta dogodek
field-day = mora biti dan
field-target = mora biti celo število od 1 do 1.000.000 ali prazno
field-percent = mora biti odstotek od 0 do 100
field-events-group = morajo biti dogodki skupine tega ukrepa
field-parent = mora biti samostojen ključni ukrep tega načrta (podukrepi jih nimajo)
field-web-link = mora biti naslov, ki se začne s http:// ali https://
field-file-or-link = navedite datoteko ali povezavo, ne obojega
audit-act-plan-change = načrt spremenjen
audit-act-plan-adopt = načrt sprejet
audit-act-action-add = ključni ukrep dodan
audit-act-action-change = ključni ukrep spremenjen
audit-act-action-delete = ključni ukrep izbrisan
audit-act-action-move = ključni ukrep premaknjen
audit-act-action-link = dogodek povezan s ključnimi ukrepi
audit-act-material-add = gradivo dodano
audit-act-material-delete = gradivo izbrisano
audit-act-material-announce = udeleženci obveščeni o gradivih
mat-last-told = Nazadnje obveščeni { $when }.
mat-tell-again = Znova obvesti udeležence
reports-title = Poročila
reports-intro = Kazalniki, ki jih zahteva program, iz dogodkov, izvedenih v obdobju: vsak vodi do udeležb, ki ga sestavljajo.
reports-presets = Obdobja poročanja
reports-field-from = Od
reports-field-to = Do
reports-field-group = Skupine
reports-field-label = Oznaka
reports-groups-hint = Če ni označena nobena: vse skupine, ki jih koordinirate.
reports-show = Prikaži kazalnike
reports-invalid = Teh kazalnikov ni mogoče prikazati:
reports-period = od { $from } do { $to }
reports-figures = Kazalniki
reports-events-held = izvedeni dogodki
reports-events-split = forumi: { $forums } · študijski obiski: { $visits } · javni: { $public }
reports-registrations = prijave
reports-participations = udeležbe
reports-no-shows = niso prišli
reports-people = osebe
reports-organisations = organizacije
reports-new-returning = nove: { $new }, ponovne: { $returning }
reports-countries = države
reports-indicators = Kazalniki programa
reports-indicator = Kazalnik
reports-indicator-what = Kaj šteje
reports-value = Vrednost
reports-rco81 = Udeležbe v skupnih čezmejnih aktivnostih (prisotnost na zaprtih dogodkih)
reports-rco115 = Izvedeni javni dogodki
reports-rco87 = Organizacije, ki sodelujejo čez meje (udeležile so se dogodka z ljudmi iz dveh ali več držav)
reports-rco83 = Skupaj razvite strategije in akcijski načrti (sprejeti v obdobju, nosilci iz dveh ali več držav)
reports-by-country = Udeležbe po državah
reports-by-kind = Udeležbe po vrsti organizacije
reports-by-month = Udeležbe po mesecih
reports-none = V tem obdobju ni udeležb.
reports-download = Prenosi
reports-download-hint = Delovni zvezek in CSV navajata imena udeležencev: vsak prenos se zabeleži v dnevnik.
reports-xlsx = Delovni zvezek (XLSX)
reports-csv = Vrstice (CSV)
reports-evidence = Paket dokazil (ZIP)
reports-freeze = Zamrzni te kazalnike
reports-freeze-hint = Posnetek ohrani kazalnike natanko takšne, kot so zdaj, karkoli se pozneje spremeni ali izbriše: zamrznite jih, ko poročate o obdobju.
reports-label = Oznaka
reports-label-example = Poročilo za obdobje 3
reports-freeze-button = Zamrzni poročilo
reports-snapshots = Zamrznjena poročila
reports-frozen-on = zamrznjeno { $when }
reports-no-snapshots = Nobeno poročilo še ni zamrznjeno.
reports-periods = Obdobja poročanja programa
reports-periods-hint = Obdobja, nastavljena tukaj, so vsem koordinatorjem ponujena kot hitre izbire.
reports-period-delete = Odstrani
reports-period-example = Obdobje 3
reports-period-add = Dodaj obdobje
reports-frozen = Ti kazalniki so bili zamrznjeni { $when } in se ne spreminjajo.
reports-rows-participations = Udeležbe
reports-rows-no_shows = Niso prišli
reports-rows-registrations = Prijave
reports-rows-count = vrstice: { $count }
reports-day = Dan
reports-attendance = Prisotnost
reports-erased = (izbrisano)
reports-mark-attended = prisoten
reports-mark-no_show = ni prišel
reports-mark-unmarked = ni označeno
dash-reports = Poročila
field-not-before-from = ne sme biti pred prvim dnem
field-ten-years = je lahko največ deset let po prvem dnevu
field-period-label-taken = je oznaka drugega obdobja
audit-act-organisation-merge = Organizaciji združeni
audit-act-report-snapshot = Poročilo zamrznjeno
audit-act-report-period-add = Obdobje poročanja dodano
audit-act-report-period-delete = Obdobje poročanja odstranjeno
attimp-title = Prisotnost uvožena
attimp-refused = Neuvožene vrstice
attimp-line = Vrstica { $line }
attimp-back = Nazaj na prijave
attimp-heading = Uvozi prisotnost
attimp-hint = Za dogodek, izveden pred uporabo clustercorda ali zabeležen na papirju: datoteka CSV (UTF-8) z glavo: name, email, organisation, country, kind, attended (yes ali no). Vsaka vrstica postane potrjena prijava ali označi tisto, ki jo naslov že ima. Nihče ne dobi e-pošte.
attimp-file = Datoteka prisotnosti (CSV)
audit-act-attendance-import = Prisotnost uvožena
field-yes-no = mora biti yes ali no (ali prazno, če ni zabeleženo)
reports-col-people = Osebe
reports-col-organisations = Organizacije
reports-frozen-xlsx = Zamrznjeni kazalniki (XLSX)
reports-download-live = Vsebujejo kazalnike, kakršni so zdaj; zamrznjeno poročilo ohrani svoje, ki jih ponuja na svoji strani.
dash-organisations = Organizacije
orgs-title = Organizacije
orgs-intro = Vsaka organizacija, ki se je prijavila, šteta enkrat, ne glede na zapis. Poiščite jo, oglejte si njene prijave ali združite dva zapisa iste organizacije.
orgs-search = Ime ali drug zapis
orgs-search-button = Išči
orgs-aliases = Zapisano tudi
orgs-participations = Udeležbe
orgs-none = Nobena organizacija se ne ujema.
orgs-limited = Prikazanih je le prvih { $count }: zožite iskanje.
orgs-registrations = Prijave
orgs-registrations-hint = Na dogodkih skupin, ki jih koordinirate.
orgs-no-registrations = Na teh dogodkih ni prijav.
orgs-merge = Združi z drugo organizacijo
orgs-merge-hint = Če je to drug zapis organizacije iz iste države, ju združite: njene prijave in člani odslej štejejo za tisto organizacijo, ta zapis pa se ji pripiše vsakič, ko ga kdo znova vpiše. Združitev se zabeleži v revizijski dnevnik.
orgs-merge-into = Organizacija, ki to v resnici je
orgs-merge-button = Združi
orgs-merge-nothing = V tej državi ni druge organizacije, s katero bi jo lahko združili.

## B2B meetings
b2b-staff-heading = Srečanja B2B
b2b-staff-session = Sklop srečanj
b2b-staff-session-hint = Časi so v časovnem pasu dogodka. Okno se razdeli na termine izbrane dolžine; ostanek na koncu ostane prost.
b2b-field-starts_at = Začetek srečanj
b2b-field-ends_at = Konec srečanj
b2b-field-slot_minutes = Minut na srečanje
b2b-field-tables = Mize
b2b-field-requests_close_at = Zaprtje prošenj
b2b-staff-save-session = Shrani
b2b-staff-figures = Stanje
b2b-staff-profiles = Profili
b2b-staff-requests = Prošnje
b2b-staff-requests-counts = čaka: { $pending }, sprejete: { $accepted }, zavrnjene: { $declined }
b2b-staff-placed = Razporejena srečanja
b2b-staff-placed-of = { $placed } od največ { $bound }, ki jih pravila dovoljujejo
b2b-staff-replan = Načrtuj znova (zaklenjena ostanejo)
b2b-staff-schedule = Razporedi sprejete prošnje
b2b-staff-publish = Objavi razporede po e-pošti
b2b-staff-publish-again = Znova pošlji razporede
b2b-staff-published-at = Razporedi prvič objavljeni { $when }.
b2b-staff-print = Razpored miz in kartice z imeni
b2b-staff-unplaced = Sprejete, a nerazporejene
b2b-staff-meetings = Srečanja po terminih
b2b-staff-who = Kdo se srečata
b2b-staff-move = Premakni ročno
b2b-staff-move-lock = Premakni in zakleni
b2b-staff-slot = Termin
b2b-staff-locked = zaklenjeno
b2b-staff-slot-empty = V tem terminu ni srečanja.
b2b-staff-done-session = Shranjeno.
b2b-staff-done-scheduled = Sprejete prošnje so razporejene.
b2b-staff-done-published = Razporedi so na poti, vsak v jeziku udeleženca.
b2b-staff-done-moved = Srečanje je premaknjeno in zaklenjeno.
b2b-move-refused = Ta premik krši pravilo
b2b-reason-not-yet = še ni razporejeno: zaženite razporejanje
b2b-reason-no-availability = { $name } se ne more udeležiti v nobenem terminu
b2b-reason-no-common-slot = ni termina, ko sta oba prosta
b2b-reason-person-busy = { $name } ima v vsakem skupnem prostem terminu že drugo srečanje
b2b-reason-both-busy = oba imata v vsakem skupnem prostem terminu že druga srečanja
b2b-reason-tables-full = v vsakem skupnem prostem terminu so vse mize zasedene
b2b-reason-mixed = v vsakem skupnem prostem terminu ima eden od njiju drugo srečanje ali so vse mize zasedene
b2b-reason-invalid = prošnja ne navaja dveh različnih oseb
b2b-tables-title = Razpored miz: { $title }
b2b-tables-cards = Kartice z imeni
field-b2b-self = sami sebe ne morete prositi za srečanje
field-b2b-own-organisation = ta oseba je iz vaše organizacije; srečanja B2B potekajo med organizacijami
field-b2b-twice = med vama že obstaja prošnja: najdete jo na svoji strani B2B
field-b2b-no-profile = ta oseba (ne več) ne sodeluje pri srečanjih B2B
field-b2b-offers-or-seeks = navedite, kaj ponujate ali kaj iščete
field-b2b-one-slot = označite vsaj en termin, ko se lahko udeležite
field-b2b-no-whole-slot = ne nastane noben cel termin: podaljšajte okno ali skrajšajte termine
field-b2b-close = mora biti najpozneje ob začetku srečanj
field-b2b-slot-minutes = mora biti 10, 15, 20, 25, 30, 45 ali 60
field-b2b-tables = mora biti od 1 do 500
field-b2b-no-such-slot = takega termina ni
field-b2b-no-such-table = take mize ni
field-b2b-slot-full = v tem terminu so vse mize zasedene
field-b2b-table-taken = ta miza je v tem terminu zasedena
field-b2b-busy = { $name } ima v tem terminu že srečanje
field-b2b-unavailable = { $name } se tega termina ne more udeležiti
field-b2b-outcome = izberite enega od odgovorov
b2b-staff-broken = Srečanja, ki ne ustrezajo več
b2b-staff-broken-hint = Od razporeditve so se spremenili termini profila ali nastavitve. Naslednje razporejanje jih premakne, kamor pravila dovolijo, ali izpusti; nato znova objavite, da se koledarji posodobijo.

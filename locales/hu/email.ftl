greeting = Kedves { $name }!
label-when = Időpont
label-where = Helyszín
label-programme = Program
label-now = Új
label-before = Korábban
link-event = Az esemény oldala
link-manage = Jelentkezés megtekintése vagy lemondása
calendar-adds = A csatolt naptárfájllal felveheti az eseményt a naptárába.
calendar-updates = A csatolt naptárfájl frissíti a bejegyzést a naptárában.
calendar-removes = A csatolt naptárfájl törli a bejegyzést a naptárából.
footer = A clustercord küldte: { $url }
kind-exchange_forum = Tapasztalatcsere-fórum
kind-study_visit = Tanulmányút
confirmed-subject = Visszaigazolva: { $title } — { $when }
confirmed-intro = Helyét visszaigazoltuk a következő eseményre: „{ $title }”.
confirmed-hint = Ha mégsem tud részt venni, kérjük, mondja le, hogy a várólistán következő megkaphassa a helyét.
waitlisted-subject = Várólista ({ $position }. hely): { $title }
waitlisted-intro = A(z) „{ $title }” esemény jelenleg betelt, ezért várólistára került, a(z) { $position }. helyre.
waitlisted-country-intro = A(z) „{ $title }” eseményen még van szabad hely, de az Ön országából érkezőknek szánt helyek jelenleg beteltek (országonként legfeljebb { $cap } fő), ezért várólistára került, a(z) { $position }. helyre.
waitlisted-hint = Ha felszabadul egy hely, automatikusan előrelép, és azonnal értesítjük.
link-waitlist = Helyezés megtekintése vagy kilépés a várólistáról
promoted-subject = Felszabadult egy hely: { $title } — { $when }
promoted-intro = Jó hír: felszabadult egy hely, így jelentkezését a(z) „{ $title }” eseményre visszaigazoltuk.
cancelled-subject = Lemondva: jelentkezése a(z) { $title } eseményre
cancelled-intro = A(z) „{ $title }” eseményre szóló jelentkezését töröltük. Köszönjük, hogy jelezte: helye a várólistán következőé lesz.
cancelled-hint = Amíg a jelentkezés nyitva van, az esemény oldalán újra jelentkezhet.
staff-cancelled-subject = A szervezők törölték jelentkezését a(z) { $title } eseményre
staff-cancelled-intro = A(z) „{ $title }” szervezői törölték az Ön jelentkezését.
staff-cancelled-reason = Üzenetük:
staff-cancelled-hint = Ha úgy gondolja, hogy ez tévedés, válaszoljon erre az e-mailre.
changed-subject = Változás: { $title } — { $when }
changed-intro = A(z) „{ $title }” időpontja vagy helyszíne megváltozott.
event-cancelled-subject = Elmarad: { $title } — { $when }
event-cancelled-intro = Sajnálattal értesítjük, hogy a(z) „{ $title }” elmarad. Jelentkezése tárgytalan, további teendője nincs.
event-cancelled-invitee-intro = sajnáljuk: a(z) „{ $title }” eseményt, amelyre meghívót kapott, lemondtuk. Önnek nincs teendője.
invitation-subject = Meghívó: { $title } — { $when }
invitation-greeting = Tisztelt Címzett!
invitation-intro = Szeretettel meghívjuk a(z) „{ $title }” eseményre, amelyet a(z) { $group } tematikus csoport szervez.
invitation-register = Jelentkezem
invitation-decline = Nem tudok részt venni
invitation-seats = A helyek száma korlátozott, a jelentkezés sorrendjében töltjük fel őket.
reminder-subject = Emlékeztető: { $title } — { $when }
reminder-intro = Emlékeztetjük, hogy hamarosan kezdődik a(z) „{ $title }”. Várjuk szeretettel!
unsubscribe = Nem kérek több meghívót ettől a csoporttól
test-subject = A clustercord tesztüzenete
test-body = Ez a clustercord tesztüzenete. Ha el tudja olvasni, a levélküldés működik.
link-subject = Az Ön jelentkezése: { $title }
link-intro = valaki (reméljük, Ön) ismét megpróbálta ezt a címet jelentkeztetni erre: „{ $title }”. Ön már jelentkezett; itt a jelentkezéséhez vezető link.
link-hint = Ha nem Ön volt, semmit sem kell tennie: e link nélkül senki más nem láthatja és nem módosíthatja a jelentkezését.

## Staff accounts
staff-invitation-subject = Munkatársi fiókja a clustercordon: állítsa be jelszavát
staff-invitation-intro = { $inviter } munkatársi fiókot hozott létre Önnek a clustercordon.
staff-invitation-admin = Adminisztrátorként Ön kezeli az összes tematikus csoportot és a munkatársi fiókokat.
staff-invitation-coordinator = Koordinátorként Ön ütemezi csoportjai fórumait és tanulmányútjait, meghívja a tagokat és követi a jelentkezéseket.
staff-invitation-action = Jelszó beállítása
staff-invitation-hint = A link egyszer használható, 7 napig érvényes. Ha nem várta ezt az e-mailt, hagyja figyelmen kívül.
materials-subject = Anyagok online: { $title }
materials-intro = { $count ->
   *[other] { $count } anyag („{ $title }”: jegyzőkönyv, diák vagy fotók) elérhető a résztvevőknek.
}
materials-open = Az anyagok megnyitása
materials-private = A link csak az Öné: ezzel jelentkezését is megtekintheti vagy lemondhatja.

## B2B meetings
b2b-request-subject = Találkozókérés tőle: { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } ({ $organisation }, { $country }) B2B-találkozót kér Öntől itt: „{ $title }”.
b2b-label-offers = Kínál
b2b-label-seeks = Keres
b2b-label-message = Üzenet
b2b-label-table = Asztal
b2b-label-with = Kivel
b2b-request-answer = Elfogadás vagy elutasítás
b2b-request-hint = A kérések lezárásáig megválaszolatlan kérés lejár. A szervezők az elfogadott találkozókhoz időpontot és asztalt rendelnek, és Ön az esemény előtt megkapja a napirendjét.
b2b-accepted-subject = { $name } elfogadta a találkozókérését: { $title }
b2b-declined-subject = { $name } elutasította a találkozókérését: { $title }
b2b-accepted-intro = { $name } ({ $organisation }) elfogadta a kérését. A szervezők időpontot és asztalt rendelnek a találkozóhoz, és Ön megkapja a napirendjét.
b2b-declined-intro = { $name } ({ $organisation }) elutasította a kérését. Amíg a kérések nyitva vannak, más résztvevőket is megkereshet.
b2b-open-page = B2B-találkozóinak megnyitása
b2b-agenda-subject = B2B-találkozói: { $title }
b2b-agenda-intro = { $count ->
   *[other] íme a(z) { $count } B2B-találkozója itt: „{ $title }”:
}
b2b-agenda-none = a(z) „{ $title }” eseményen nem sikerült B2B-találkozót beosztani Önnek. Ha elfogad még nyitott kéréseket, a szervezők később beoszthatják azokat.
b2b-agenda-calendar = A csatolt naptárfájl minden találkozót felvesz a naptárába; egy későbbi napirend ott áthelyezi őket.
b2b-calendar-title = B2B-találkozó: { $name } ({ $organisation })
b2b-calendar-table = { $table }. asztal

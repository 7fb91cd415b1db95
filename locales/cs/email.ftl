greeting = Dobrý den, { $name },
label-when = Kdy
label-where = Kde
label-programme = Program
label-now = Nově
label-before = Původně
link-event = Stránka akce
link-manage = Zobrazit nebo zrušit registraci
calendar-adds = Přiložený soubor kalendáře přidá akci do vašeho kalendáře.
calendar-updates = Přiložený soubor kalendáře aktualizuje záznam ve vašem kalendáři.
calendar-removes = Přiložený soubor kalendáře odstraní záznam z vašeho kalendáře.
footer = Odesláno systémem clustercord, { $url }
kind-exchange_forum = Fórum pro výměnu zkušeností
kind-study_visit = Studijní cesta
confirmed-subject = Potvrzeno: { $title } — { $when }
confirmed-intro = vaše místo na akci „{ $title }“ je potvrzeno.
confirmed-hint = Pokud se nemůžete zúčastnit, zrušte prosím registraci, aby vaše místo mohl dostat někdo z pořadníku.
waitlisted-subject = Pořadník (č. { $position }): { $title }
waitlisted-intro = akce „{ $title }“ je momentálně obsazená, proto jste v pořadníku, na místě číslo { $position }.
waitlisted-country-intro = akce „{ $title }“ má ještě volná místa, ale místa pro účastníky z vaší země jsou momentálně obsazená (nejvýše { $cap } z jedné země), proto jste v pořadníku, na místě číslo { $position }.
waitlisted-hint = Jakmile se uvolní místo, automaticky postoupíte a hned vám napíšeme.
link-waitlist = Zobrazit pořadí nebo opustit pořadník
promoted-subject = Místo pro vás: { $title } — { $when }
promoted-intro = dobrá zpráva: uvolnilo se místo a vaše registrace na „{ $title }“ je nyní potvrzena.
cancelled-subject = Zrušeno: vaše registrace na { $title }
cancelled-intro = vaše registrace na „{ $title }“ je zrušena. Děkujeme, že jste nám dali vědět: vaše místo dostane další člověk z pořadníku.
cancelled-hint = Dokud je registrace otevřená, můžete se znovu přihlásit na stránce akce.
staff-cancelled-subject = Pořadatelé zrušili vaši registraci na { $title }
staff-cancelled-intro = pořadatelé akce „{ $title }“ zrušili vaši registraci.
staff-cancelled-reason = Jejich zpráva:
staff-cancelled-hint = Pokud si myslíte, že jde o omyl, odpovězte na tento e-mail.
changed-subject = Změna: { $title } — { $when }
changed-intro = čas nebo místo akce „{ $title }“ se změnily.
event-cancelled-subject = Zrušeno: { $title } — { $when }
event-cancelled-intro = je nám líto, akce „{ $title }“ se ruší. Vaše registrace tím zaniká a nemusíte nic dělat.
event-cancelled-invitee-intro = je nám líto: akce „{ $title }“, na kterou jste byli pozváni, byla zrušena. Nemusíte nic dělat.
invitation-subject = Pozvánka: { $title } — { $when }
invitation-greeting = Dobrý den,
invitation-intro = zveme vás na akci „{ $title }“, kterou pořádá tematická skupina { $group }.
invitation-register = Zaregistrovat se
invitation-decline = Nemohu se zúčastnit
invitation-seats = Počet míst je omezený a přidělují se v pořadí registrací.
reminder-subject = Připomínka: { $title } — { $when }
reminder-intro = připomínáme, že akce „{ $title }“ se blíží. Těšíme se na vás.
unsubscribe = Nedostávat další pozvánky od této skupiny
test-subject = Testovací zpráva od clustercord
test-body = Toto je testovací zpráva od clustercord. Pokud ji čtete, odesílání pošty funguje.
link-subject = Vaše přihláška: { $title }
link-intro = někdo (doufáme, že vy) se pokusil znovu přihlásit tuto adresu na „{ $title }“. Už jste přihlášeni; zde je odkaz na vaši přihlášku.
link-hint = Pokud jste to nebyli vy, nemusíte nic dělat: bez tohoto odkazu nikdo jiný vaši přihlášku nevidí ani nezmění.

## Staff accounts
staff-invitation-subject = Váš účet pro tým na clustercordu: nastavte si heslo
staff-invitation-intro = { $inviter } vám vytvořil(a) účet pro tým na clustercordu.
staff-invitation-admin = Jako administrátor spravujete všechny tematické skupiny a účty týmu.
staff-invitation-coordinator = Jako koordinátor plánujete fóra a studijní cesty svých skupin, zvete členy a sledujete registrace.
staff-invitation-action = Nastavit heslo
staff-invitation-hint = Odkaz funguje jednou, 7 dní. Pokud jste tento e-mail nečekali, ignorujte ho.
materials-subject = Materiály online: { $title }
materials-intro = { $count ->
    [one] { $count } materiál z akce „{ $title }“ (zápis, prezentace nebo fotografie) je online pro účastníky.
    [few] { $count } materiály z akce „{ $title }“ (zápis, prezentace nebo fotografie) jsou online pro účastníky.
   *[other] { $count } materiálů z akce „{ $title }“ (zápis, prezentace nebo fotografie) je online pro účastníky.
}
materials-open = Otevřít materiály
materials-private = Odkaz je jen váš: umožňuje také zobrazit nebo zrušit vaši registraci.

## B2B meetings
b2b-request-subject = Žádost o schůzku od { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } z { $organisation } ({ $country }) vás žádá o schůzku B2B na akci „{ $title }“.
b2b-label-offers = Nabízí
b2b-label-seeks = Hledá
b2b-label-message = Zpráva
b2b-label-table = Stůl
b2b-label-with = S kým
b2b-request-answer = Přijmout nebo odmítnout
b2b-request-hint = Žádost, na kterou neodpovíte do uzávěrky žádostí, propadne. Organizátoři přijatým schůzkám určí čas a stůl a svůj program dostanete před akcí.
b2b-accepted-subject = { $name } přijal(a) vaši žádost o schůzku: { $title }
b2b-declined-subject = { $name } odmítl(a) vaši žádost o schůzku: { $title }
b2b-accepted-intro = { $name } z { $organisation } přijal(a) vaši žádost. Organizátoři schůzce určí čas a stůl a dostanete svůj program.
b2b-declined-intro = { $name } z { $organisation } odmítl(a) vaši žádost. Dokud jsou žádosti otevřené, můžete oslovit jiné účastníky.
b2b-open-page = Otevřít vaše schůzky B2B
b2b-agenda-subject = Vaše schůzky B2B: { $title }
b2b-agenda-intro = { $count ->
    [one] zde je vaše schůzka B2B na akci „{ $title }“:
    [few] zde jsou vaše { $count } schůzky B2B na akci „{ $title }“:
   *[other] zde je vašich { $count } schůzek B2B na akci „{ $title }“:
}
b2b-agenda-none = na akci „{ $title }“ se pro vás nepodařilo naplánovat žádnou schůzku B2B. Pokud přijmete ještě otevřené žádosti, organizátoři je mohou naplánovat později.
b2b-agenda-calendar = Přiložený kalendářový soubor přidá každou schůzku do vašeho kalendáře; pozdější program je tam přesune.
b2b-calendar-title = Schůzka B2B: { $name } ({ $organisation })
b2b-calendar-table = Stůl { $table }
b2b-reminder-subject = Stále čeká na vaši odpověď: { $name }, { $title }
b2b-reminder-intro = { $name } z { $organisation } ({ $country }) vás požádal(a) o schůzku B2B na akci „{ $title }“ a žádosti se uzavřou do jednoho dne. Přijměte nebo odmítněte, prosím, aby mohli organizátoři plánovat.
b2b-outcome-subject = Co vzešlo z vašich schůzek B2B? { $title }
b2b-outcome-intro = od vašich schůzek B2B na akci „{ $title }“ uplynula nějaká doba. Řekněte nám, prosím, u každé schůzky, co z ní vzešlo. Stačí jedno kliknutí a započítá se do zprávy programu.
b2b-outcome-choices = Odpovědi: žádný další kontakt, jsme v kontaktu, nebo dosažena dohoda o spolupráci.
b2b-calendar-dropped = Schůzka B2B (zrušena)

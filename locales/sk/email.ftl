greeting = Dobrý deň, { $name },
label-when = Kedy
label-where = Kde
label-programme = Program
label-now = Nové
label-before = Pôvodne
link-event = Stránka podujatia
link-manage = Zobraziť alebo zrušiť registráciu
calendar-adds = Priložený súbor kalendára pridá podujatie do vášho kalendára.
calendar-updates = Priložený súbor kalendára aktualizuje záznam vo vašom kalendári.
calendar-removes = Priložený súbor kalendára odstráni záznam z vášho kalendára.
footer = Odoslané systémom clustercord, { $url }
kind-exchange_forum = Fórum výmeny skúseností
kind-study_visit = Študijná cesta
confirmed-subject = Potvrdené: { $title } — { $when }
confirmed-intro = vaše miesto na podujatí „{ $title }“ je potvrdené.
confirmed-hint = Ak sa nemôžete zúčastniť, zrušte, prosím, registráciu, aby vaše miesto mohol dostať niekto z poradovníka.
waitlisted-subject = Poradovník (č. { $position }): { $title }
waitlisted-intro = podujatie „{ $title }“ je momentálne obsadené, preto ste v poradovníku, na mieste číslo { $position }.
waitlisted-country-intro = podujatie „{ $title }“ má ešte voľné miesta, ale miesta pre účastníkov z vašej krajiny sú momentálne obsadené (najviac { $cap } z jednej krajiny), preto ste v poradovníku, na mieste číslo { $position }.
waitlisted-hint = Keď sa uvoľní miesto, automaticky postúpite a hneď vám napíšeme.
link-waitlist = Zobraziť poradie alebo odísť z poradovníka
promoted-subject = Miesto pre vás: { $title } — { $when }
promoted-intro = dobrá správa: uvoľnilo sa miesto a vaša registrácia na „{ $title }“ je teraz potvrdená.
cancelled-subject = Zrušené: vaša registrácia na { $title }
cancelled-intro = vaša registrácia na „{ $title }“ je zrušená. Ďakujeme, že ste nám dali vedieť: vaše miesto dostane ďalší človek z poradovníka.
cancelled-hint = Kým je registrácia otvorená, môžete sa znova prihlásiť na stránke podujatia.
staff-cancelled-subject = Organizátori zrušili vašu registráciu na { $title }
staff-cancelled-intro = organizátori podujatia „{ $title }“ zrušili vašu registráciu.
staff-cancelled-reason = Ich správa:
staff-cancelled-hint = Ak si myslíte, že ide o omyl, odpovedzte na tento e-mail.
changed-subject = Zmena: { $title } — { $when }
changed-intro = čas alebo miesto podujatia „{ $title }“ sa zmenili.
event-cancelled-subject = Zrušené: { $title } — { $when }
event-cancelled-intro = je nám ľúto, podujatie „{ $title }“ sa ruší. Vaša registrácia tým zaniká a nemusíte nič robiť.
event-cancelled-invitee-intro = je nám ľúto: podujatie „{ $title }“, na ktoré ste boli pozvaní, bolo zrušené. Nemusíte nič robiť.
invitation-subject = Pozvánka: { $title } — { $when }
invitation-greeting = Dobrý deň,
invitation-intro = pozývame vás na podujatie „{ $title }“, ktoré organizuje tematická skupina { $group }.
invitation-register = Registrovať sa
invitation-decline = Nemôžem sa zúčastniť
invitation-seats = Počet miest je obmedzený a prideľujú sa v poradí registrácií.
reminder-subject = Pripomienka: { $title } — { $when }
reminder-intro = pripomíname, že podujatie „{ $title }“ sa blíži. Tešíme sa na vás.
unsubscribe = Nedostávať ďalšie pozvánky od tejto skupiny
test-subject = Testovacia správa od clustercord
test-body = Toto je testovacia správa od clustercord. Ak ju čítate, odosielanie pošty funguje.
link-subject = Vaša prihláška: { $title }
link-intro = niekto (dúfame, že vy) sa pokúsil znova prihlásiť túto adresu na „{ $title }“. Už ste prihlásený; tu je odkaz na vašu prihlášku.
link-hint = Ak ste to neboli vy, nemusíte nič robiť: bez tohto odkazu nikto iný vašu prihlášku nevidí ani nezmení.

## Staff accounts
staff-invitation-subject = Váš účet pre tím na clustercorde: nastavte si heslo
staff-invitation-intro = { $inviter } vám vytvoril(a) účet pre tím na clustercorde.
staff-invitation-admin = Ako administrátor spravujete všetky tematické skupiny a účty tímu.
staff-invitation-coordinator = Ako koordinátor plánujete fóra a študijné cesty svojich skupín, pozývate členov a sledujete registrácie.
staff-invitation-action = Nastaviť heslo
staff-invitation-hint = Odkaz funguje raz, 7 dní. Ak ste tento e-mail nečakali, ignorujte ho.
materials-subject = Materiály online: { $title }
materials-intro = { $count ->
    [one] { $count } materiál z podujatia „{ $title }“ (zápis, prezentácie alebo fotografie) je online pre účastníkov.
    [few] { $count } materiály z podujatia „{ $title }“ (zápis, prezentácie alebo fotografie) sú online pre účastníkov.
   *[other] { $count } materiálov z podujatia „{ $title }“ (zápis, prezentácie alebo fotografie) je online pre účastníkov.
}
materials-open = Otvoriť materiály
materials-private = Odkaz je len váš: umožňuje aj zobraziť alebo zrušiť vašu registráciu.

## B2B meetings
b2b-request-subject = Žiadosť o stretnutie od { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } z { $organisation } ({ $country }) vás žiada o stretnutie B2B na podujatí „{ $title }“.
b2b-label-offers = Ponúka
b2b-label-seeks = Hľadá
b2b-label-message = Správa
b2b-label-table = Stôl
b2b-label-with = S kým
b2b-request-answer = Prijať alebo odmietnuť
b2b-request-hint = Žiadosť, na ktorú neodpoviete do uzávierky žiadostí, prepadne. Organizátori prijatým stretnutiam určia čas a stôl a svoj program dostanete pred podujatím.
b2b-accepted-subject = { $name } prijal(a) vašu žiadosť o stretnutie: { $title }
b2b-declined-subject = { $name } odmietol(-la) vašu žiadosť o stretnutie: { $title }
b2b-accepted-intro = { $name } z { $organisation } prijal(a) vašu žiadosť. Organizátori stretnutiu určia čas a stôl a dostanete svoj program.
b2b-declined-intro = { $name } z { $organisation } odmietol(-la) vašu žiadosť. Kým sú žiadosti otvorené, môžete osloviť iných účastníkov.
b2b-open-page = Otvoriť vaše stretnutia B2B
b2b-agenda-subject = Vaše stretnutia B2B: { $title }
b2b-agenda-intro = { $count ->
    [one] tu je vaše stretnutie B2B na podujatí „{ $title }“:
    [few] tu sú vaše { $count } stretnutia B2B na podujatí „{ $title }“:
   *[other] tu je vašich { $count } stretnutí B2B na podujatí „{ $title }“:
}
b2b-agenda-none = na podujatí „{ $title }“ sa pre vás nepodarilo naplánovať žiadne stretnutie B2B. Ak prijmete ešte otvorené žiadosti, organizátori ich môžu naplánovať neskôr.
b2b-agenda-calendar = Priložený kalendárový súbor pridá každé stretnutie do vášho kalendára; neskorší program ich tam presunie.
b2b-calendar-title = Stretnutie B2B: { $name } ({ $organisation })
b2b-calendar-table = Stôl { $table }
b2b-reminder-subject = Stále čaká na vašu odpoveď: { $name }, { $title }
b2b-reminder-intro = { $name } z { $organisation } ({ $country }) vás požiadal(a) o stretnutie B2B na podujatí „{ $title }“ a žiadosti sa uzavrú do jedného dňa. Prijmite alebo odmietnite, prosím, aby mohli organizátori plánovať.
b2b-outcome-subject = Čo vzišlo z vašich stretnutí B2B? { $title }
b2b-outcome-intro = od vašich stretnutí B2B na podujatí „{ $title }“ uplynul nejaký čas. Povedzte nám, prosím, pri každom stretnutí, čo z neho vzišlo. Stačí jedno kliknutie a započíta sa do správy programu.
b2b-outcome-choices = Odpovede: žiadny ďalší kontakt, sme v kontakte, alebo dosiahnutá dohoda o spolupráci.
b2b-calendar-dropped = Stretnutie B2B (zrušené)

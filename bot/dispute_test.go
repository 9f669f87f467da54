package bot

import (
	"testing"

	"citizenbot/knowledge"
)

func TestDispute(t *testing.T) {
	building := candidate{entry: knowledge.Entry{Title: "Bauaufsicht - Anzeige"}, title: strongTitle}
	deregistration := candidate{entry: knowledge.Entry{Title: "Abmeldung einer Wohnung"}, title: strongTitle}
	complaint := candidate{entry: knowledge.Entry{Title: "Immissionsschutz - Beschwerde"}, title: 0.2}
	death := candidate{entry: knowledge.Entry{Title: "Sterbefall melden"}, title: strongTitle}
	passport := candidate{entry: knowledge.Entry{Title: "Kinderreisepass beantragen"}, title: strongTitle}
	towed := candidate{entry: knowledge.Entry{Title: "Auto abgeschleppt - Auskunft beantragen"}, title: strongTitle}
	for _, tt := range []struct {
		question string
		cands    []candidate
		want     bool
	}{
		{"Mein Nachbar grillt jeden Abend auf dem Balkon. Darf der das?", []candidate{complaint}, true},
		{"My sister and I own our late mother's house together and disagree. Who has the final say?", nil, true},
		{"Our father died and left us his flat. My brother wants to sell it, my sister does not. Who gets to decide?", []candidate{death}, true}, // the title fits only the story
		{"Mein Bruder hat den Tod unseres Vaters noch nicht gemeldet. Darf er das?", []candidate{death}, false},                                  // the question refers back
		{"my roommate left, does he still owe me his share of the rent", nil, true},
		{"Vermieter hat die Kaution nicht zurückgezahlt. Wie lange darf der die behalten?", nil, true},
		{"mein ex will unseren hund behalten. wem gehört der hund jetzt rechtlich", nil, true},
		{"Mein Ex-Chef zahlt mir seit zwei Monaten das letzte Gehalt nicht aus. Wie komme ich an mein Geld?", nil, true},
		{"I want to use my flat as an office for my small company. Is that allowed?", nil, false}, // the asker's own company
		{"I got my Arbeitszeugnis from my old company. Can I make them rewrite it?", nil, true},   // a former employer
		{"My neighbour keeps parking his bike in the stairwell. How do I get him to stop?", nil, true},
		{"My insurance company refuses to pay for the water damage. What can I do?", nil, true}, // not the asker's company
		{"My phone company keeps charging me after I cancelled. What are my options?", nil, true},
		{"My flatmate moved out and left me his half of the electricity bill. What's a fair way to sort this out with him?", nil, true},
		{"My sister and I can't agree who hosts Christmas this year. Any tips to settle this without a fight?", nil, true},
		{"Meine Schwester und ich streiten uns um Omas Möbel. Wie teilen wir das fair auf?", nil, true},
		{"My bank account was seized over old phone bills. Where can I get free help to sort this out fairly?", nil, false},                                             // debt counselling
		{"My brother and I inherited our father's car. How do we sort this out fairly with the Zulassungsstelle?", nil, false},                                          // an office
		{"Mein Bruder und ich streiten ums Haus. Wie teilen wir das dem Grundbuchamt mit?", nil, false},                                                                 // telling an office
		{"Mein Bruder und ich streiten ums Auto. Wie teilen wir das der Versicherung mit?", nil, false},                                                                 // telling, not dividing
		{"Mein Bruder und ich haben geerbt. Wie teilen wir die Erbschaftsteuer auf?", nil, false},                                                                       // no quarrel
		{"A neighbour says we are legally required to have our extension surveyed so it shows up on the official maps. Is that true, and who pays for it?", nil, false}, // the surveying office's map
		{"My neighbour put up an official-looking sign in front of my garage. Who pays for removing it?", nil, true},
		{"Mein Nachbar schuldet mir 2.000 Euro und ich habe schon einen Vollstreckungsbescheid. Wie komme ich an mein Geld?", nil, false}, // an enforcement notice
		{"My landlord came into my flat without telling me. Is that even legal?", nil, true},
		{"Der Händler will das Getriebe nicht reparieren. Welche Rechte habe ich da?", nil, true},
		{"Hab auf eBay ein Fahrrad gekauft, es kam mit kaputter Kette an. Welche Rechte habe ich?", nil, true}, // the seller behind the platform
		{"Mein Fitnessstudio verlängert den Vertrag einfach um ein Jahr. Ist das überhaupt erlaubt?", nil, true},
		{"Meine Ex und ich streiten, wer den Hund behält. Wer hat recht?", nil, true},
		{"Meine Vermieterin verlangt eine Gebühr für jeden Besuch. Ist das überhaupt rechtens?", nil, true},
		{"Die Hausverwaltung fordert 200 Euro für die Treppenreinigung nach, überhaupt rechtens?", nil, true},
		{"Vodafone won't let me cancel after I moved abroad. Are they allowed to do that?", nil, true},           // a company
		{"The online shop won't take back the broken kettle. What are my rights?", nil, true},                    // a shop
		{"Die Werkstatt verlangt doppelt so viel wie abgesprochen. Darf die das?", nil, true},                    // a garage
		{"Der Baumarkt tauscht die defekte Bohrmaschine nicht um. Habe ich ein Recht auf mein Geld?", nil, true}, // a shop
		{"The furniture store delivered a broken table. How do I get my money back?", nil, true},                 // a shop
		{"Our shop turns 20 and we'd like to open on a Sunday. Is that allowed?", nil, false},                    // the asker's own shop
		{"I want to rent my flat out on Airbnb for two weeks. Is that even allowed here?", nil, false},           // the asker's own permit
		{"My landlord says I need his permission to sublet a room. Can he just refuse?", nil, true},
		{"My ex and I broke up. Who does the cat legally belong to?", nil, true},
		{"My employer wants me to sign a non-compete clause. Is that even enforceable?", nil, true},
		{"The seller won't answer my emails. What are my rights?", nil, true},
		{"What are my rights as a tenant in Berlin?", nil, false}, // no party named
		{"Meine Schwester und ich haben die Wohnung unseres Vaters geerbt, sie will sie vermieten. Wer von uns hat recht?", nil, true},
		{"Mein Bruder will mir nur 5000 Euro aus dem Erbe geben. Wie viel steht mir eigentlich zu?", nil, true},
		{"Wie viel Elterngeld steht mir zu?", nil, false}, // no party named
		{"nachbar fällt baum an der grundstücksgrenze legal?", nil, true},
		{"Ich habe mein Fahrrad privat verkauft. Jetzt will der Käufer sein Geld zurück, weil die Gangschaltung hakt.", nil, true},
		{"Mein Bruder und ich streiten ums Auto unseres Vaters. Wer von uns hat denn jetzt recht?", nil, true}, // fillers within
		{"My landlord kept my deposit for a year. Can I sue him?", nil, true},
		{"Ist es erlaubt, dass mein Nachbar nachts Rasen mäht?", nil, true},
		{"Vattenfall charged me twice this month. How do I dispute it?", nil, true},
		{"My neighbour put up a camera facing our garden. Is he allowed to do that?", nil, true},
		{"The Hausverwaltung had my car towed. Can I get that money back from the Hausverwaltung?", nil, true},
		{"Der Hund vom Nachbarn gräbt ständig mein Gemüsebeet um. Kann ich da Schadensersatz verlangen?", nil, true},
		{"Mein Nachbar hat eine hohe Hecke direkt an die Grenze gesetzt. Muss er die zurückschneiden?", []candidate{complaint}, true},
		{"Meine Schwester zieht nach Berlin. Was muss sie mitbringen?", nil, false},                               // no party's duty
		{"My brother can no longer live alone. Who pays for a supported flat and where do we apply?", nil, false}, // where to apply
		{"Meine Haftpflichtversicherung zahlt den Schaden am Fahrrad nicht. Dürfen die das ablehnen?", nil, true},
		{"Meine Geschwister sind 15 und 17. Dürfen die bis Mitternacht in einen Club?", nil, false},       // "die" the siblings
		{"Meine Schwester ist Freiberuflerin und bekommt ein Kind. Steht ihr Elterngeld zu?", nil, false}, // a benefit
		{"Mein Vermieter hat mir gekündigt, weil ich einmal zu spät gezahlt habe. Ist die Kündigung trotzdem gültig?", nil, true},
		{"My sister and I inherited a garden plot. She wants to sell it, I don't. Who decides in the end?", nil, true},
		{"My neighbour's dog barks all night. Can I demand that he keeps it inside after ten?", nil, true},
		{"Der Friseur hat mir die Haare viel zu kurz geschnitten. Muss ich trotzdem zahlen?", nil, true},
		{"darf ich meine mitbewohnerin einfach rauswerfen", nil, true},
		{"The landlord says the scratches on the floor are mine, I say they were there before. Who's right?", nil, true},
		{"My flatmate moved out without notice. Do I have to pay his share of the rent?", nil, true},
		{"The Hausverwaltung stopped the garden service. Do we have to share the costs of a gardener?", nil, true},
		{"Gasag raised my monthly payment a lot. Can I make them take it back?", nil, true},
		{"Der Händler hat mir ein Fahrrad mit kaputter Gangschaltung verkauft. Kann ich vom Kaufvertrag zurücktreten?", nil, true},
		{"We broke up last month and both want the sofa we bought together. Who gets it?", nil, true},
		{"Mein Mietvertrag verbietet Besuch nach 22 Uhr. Ist so eine Klausel wirksam?", nil, true},
		{"My flatmate kept my bike when she moved out. Can I legally force her to give it back?", nil, true},
		{"Mein Nachbar und ich nutzen beide den Stellplatz. Wer hat da mehr Recht?", nil, true},
		{"Mein Chef hat mir die Überstunden nur mündlich zugesagt. Reicht das als Beweis?", nil, true},
		{"My landlord promised the repair by text message. Is that enough evidence?", nil, true},
		{"My neighbour wants no bikes in the yard. Can he really forbid that?", nil, true},
		{"My ex kept the TV we bought together. Can I ask him to pay me half?", nil, true},
		{"Is the clause in my rental contract about pets even valid?", nil, true},
		{"Mein Arbeitsvertrag hat eine Klausel zur Probezeit. Wie lange dauert die?", nil, false}, // no validity asked
		{"We broke up last month. Who gets the custody of our son?", nil, false},                  // the children: the youth office advises
		{"Darf ich meinen Hund ins Bürgeramt mitnehmen?", nil, false},                             // no party
		{"Mein Chef will, dass ich am Wochenende erreichbar bin. Muss ich das?", nil, true},
		{"Meine Vermieterin sagt, ich muss die Katze abgeben. Muss ich das wirklich?", nil, true},
		{"landlord says we must paint the whole flat when moving out, must we?", nil, true},
		{"My employer wants me to answer emails on holiday. Do I actually have to?", nil, true},
		{"Meine Vermieterin weigert sich, mir eine Quittung für die Kaution zu geben. Habe ich einen Anspruch darauf?", nil, true},
		{"Mein Chef weigert sich, mir ein Arbeitszeugnis zu schreiben. Hab ich da einen Anspruch drauf?", nil, true},
		{"My ex and I can't agree who keeps the cat after the break-up. Any tips on how to settle this?", nil, true},
		{"My ex and I can't agree who keeps the sofa. Where do I register my new address?", nil, false}, // asks something else
		{"Ich hatte dieses Jahr zwei Arbeitgeber. Bin ich verpflichtet, eine Steuererklärung abzugeben?", nil, false},
		{"Mein Nachbar grillt jeden Abend und der Qualm zieht in unser Schlafzimmer. Wer ist da im Recht?", []candidate{complaint}, true},
		{"Mein Nachbar grillt jedes Wochenende auf dem Balkon. Muss ich mir das gefallen lassen?", []candidate{complaint}, true},
		{"Der Hund meiner Nachbarin bellt die ganze Nacht. Muss ich das hinnehmen?", []candidate{complaint}, true},
		{"My flatmate hasn't cleaned anything for months. Can I just kick him out?", nil, true},
		{"Mein Arbeitgeber will, dass ich meine Elternzeit verschiebe. Muss ich mich darauf einlassen?", nil, true},
		{"Das Jobcenter will, dass ich einen Kurs mache. Muss ich mich darauf einlassen?", nil, false}, // no party
		{"Wir haben die Wohnung geerbt. Meine Schwester will verkaufen. Kann sie mich dazu zwingen?", nil, true},
		{"My ex kept the dog we bought together when we split up. Legally, who does the dog belong to?", nil, true},
		{"Since we separated my ex won't let me see our son anymore. What can I do?", nil, false}, // parents apart: the youth office
		{"Mein Ex zahlt keinen Unterhalt für unsere Tochter. Kann ich von ihm das Geld verlangen?", nil, false},
		{"We are breaking up and bought a couch and a TV together. Who gets what?", nil, true},
		{"Mein Vermieter braucht die Meldebescheinigung. Wo bekomme ich die?", nil, false},    // no duty asked
		{"Mein Nachbar baut ohne Genehmigung an. Darf er das?", []candidate{building}, false}, // a title fits
		{"Darf ich als Vermieter meine Wohnung an Touristen vermieten?", nil, false},          // the asker's own permit
		{"Darf der Hund mit ins Bürgeramt?", nil, false},                                      // no party
		{"Mein Arbeitgeber will einen Nachweis, dass ich arbeiten darf. Wo bekomme ich den?", nil, false},
		{"My neighbour's tree fell on my car because the district never trimmed it. Can I get my money back from the district?", nil, false}, // a claim on a public body
		// a title that fits what the citizen has done, not the matter
		{"I did my Abmeldung and moved to Madrid, but my landlord kept the deposit. Is he allowed to keep it?", []candidate{deregistration}, true},
		{"Die Abmeldung ist erledigt. Meine Vermieterin behält trotzdem die Kaution, darf die das?", []candidate{deregistration}, true},
		{"Mein Vermieter will die Abmeldung sehen, bevor er die Kaution zurückzahlt. Darf er das?", []candidate{deregistration}, false},
		// what the asker can do, after sentences that tell of the party
		{"Meine Vermieterin zahlt die Nebenkosten-Rückzahlung seit Monaten nicht aus. Was kann ich dagegen tun?", nil, true},
		{"Die Hausverwaltung verlangt 600 Euro für den Winterdienst. Wie widerspreche ich der Forderung?", nil, true},
		{"My flatmate kept my bike when she moved out. How do I get it back?", nil, true},
		{"After our breakup my ex kept my furniture. How do I get my things?", nil, true},
		{"My flatmate moved out and stopped paying his part of the rent. Am I now liable for the full rent?", nil, true},
		{"My flatmate hasn't paid her share for three months. How do I get her out?", nil, true},
		{"My flatmate kept my bike although the court ordered her to return it. How do I get it back?", nil, false}, // enforcement
		{"Mein Ex-Freund hat nach der Trennung den Hund mitgenommen. Wie bekomme ich ihn zurück?", nil, true},
		{"Meine Ex hat das Fahrrad behalten. Wie krieg ich es zurück?", nil, true},
		{"Mein Ex-Freund bedroht mich und soll beim Bürgeramt nicht erfahren, wo ich jetzt wohne. Was kann ich tun?", nil, false},     // an office's register
		{"Mein Nachbar hat mein Auto verkratzt. Jetzt stelle ich fest, dass er keine Versicherung hat. Was kann ich tun?", nil, true}, // "stelle" is no office
		{"Mein Nachbar hat von insgesamt 500 Euro nur 200 zurückgezahlt. Was kann ich tun?", nil, true},                               // "insgesamt" is no office
		{"Mein Ex soll beim Standesamt nicht erfahren, wie ich jetzt heiße. Was kann ich tun?", nil, false},                           // "Standesamt" is an office
		{"My boyfriend and I broke up and he keeps calling me at night. What can I do?", nil, true},
		{"Mein Nachbar hat meinen Schlüssel beim Fundbüro abgegeben. Wie bekomme ich ihn zurück?", nil, false}, // the office holds it
		{"Mein Nachbar hat meinen Hund ins Tierheim gebracht. Wie bekomme ich ihn zurück?", nil, false},        // the shelter holds it
		{"Mein Ex hat meinen Reisepass mitgenommen. Wie bekomme ich ihn zurück?", nil, false},                  // an identity document
		{"I sold my car but the buyer never re-registered it. Am I liable for the vehicle tax?", nil, false},   // a tax
		{"The seller on the flea market sold me a broken bike and now ignores me. What can I do?", nil, true},
		{"Mein Chef braucht dringend meine Steuer-ID, was kann ich tun?", nil, false}, // the party is why it is urgent
		{"Mein Fitnessstudio bucht nach der Kündigung weiter ab. Komme ich da irgendwie raus?", nil, true},
		{"Der Vertrag mit dem Anbieter läuft noch zwei Jahre. Komm ich da früher raus?", nil, true},
		{"The supplier wants 640 euros extra for electricity. How do I dispute it with them?", nil, true},
		{"The Elterngeld office cut my payment. How do I dispute it?", nil, false},                // no private party
		{"Mein Chef will meine Steuer-ID, die habe ich nicht. Wie komme ich da ran?", nil, false}, // how to get it
		// asking where to report it to an office
		{"Auf Kleinanzeigen verkauft jemand Asbestplatten. Darf der das überhaupt? Wo kann ich das melden?", nil, false},
		{"Die Carsharing-Firma will 90 Euro für einen Kratzer. Ist das überhaupt zulässig?", nil, true},
		{"Mein Nachbar hat mich angezeigt, jetzt kam ein Bußgeldbescheid. Muss ich das hinnehmen?", nil, false}, // an office's notice
		{"Darf mein Vermieter einfach in die Wohnung kommen, ohne vorher Bescheid zu sagen?", nil, true},        // "Bescheid sagen" is no notice
		{"Mein Arbeitgeber hat falsche Zahlen ans Finanzamt geschickt. Muss ich das hinnehmen?", nil, false},    // an office
		{"Die Kinder vom Nachbarn schießen ständig Bälle in mein Beet. Muss ich das einfach so hinnehmen?", nil, true},
		{"My neighbour reported my car and now I got a parking fine. Does he have a case?", nil, false},         // a fine
		{"My neighbour complained and the district office refuses my permit. Does he have a case?", nil, false}, // an office
		{"My neighbour burns rubbish in his garden every weekend. Is that even legal? Who do I report it to?", nil, false},
		{"Der Baum meines Nachbarn ist auf unseren Gartenzaun gefallen. Wer zahlt den neuen Zaun?", nil, true},
		{"Meine Mutter ist gestorben. Wer zahlt die Beerdigung, wenn kein Geld da ist?", nil, false}, // no party
		{"My employer wants to see my bank statements. Am I really obliged to show them?", nil, true},
		{"Bin ich verpflichtet, meinen Personalausweis immer dabei zu haben?", nil, false}, // no party
		{"The seller never mentioned the accident. How do I get my money?", nil, true},
		{"My brother and I inherited a flat. Who gets to decide whether we sell it?", nil, true},
		// who gets what after a separation, but not the children
		{"divorce coming up: who keeps the car, me or my husband?", nil, true},
		{"Wer bekommt nach der Trennung die Wohnung?", nil, true},
		{"We are getting divorced. Who gets the kids?", nil, false},
		{"Who gets the parking permit when a car is shared?", nil, false}, // no separation
		{"Wir trennen uns. Wer darf das Auto behalten?", nil, true},
		{"wem gehört der hund nach der trennung", nil, true},
		{"My ex-girlfriend kept our cat after we broke up. Legally, whose cat is it?", nil, true},
		{"We broke up last month. Whose name has to be on the Anmeldung of the flat?", nil, false}, // a registration
		{"We separated last month. Who owns the sofa we bought together?", nil, true},
		{"Wem gehört das leere Grundstück neben uns?", nil, false}, // no separation
		{"My ex took out a loan in both our names. Do I have to keep paying it?", nil, true},
		// a debt an ex no longer pays a share of
		{"Mein Ex und ich haben zusammen einen Kredit fürs Auto aufgenommen. Jetzt zahlt er seine Hälfte nicht mehr. Muss ich das alleine stemmen?", nil, true},
		{"Mein Ex-Mann zahlt seinen Anteil am Autokredit nicht mehr – muss ich jetzt die ganze Rate allein zahlen?", nil, true},
		{"My ex stopped paying his half of our car loan. Do I have to pay all of it myself?", nil, true},
		{"Seit der Trennung haben wir gemeinsame Schulden. Muss ich für die Schuldnerberatung etwas zahlen?", nil, false},        // the city's counselling
		{"Seit der Scheidung habe ich Schulden bei meiner Bank. Muss ich die Raten weiter zahlen?", nil, false},                  // no debt shared
		{"Mein Ex-Mann hat Schulden beim Finanzamt aus unserer gemeinsamen Veranlagung. Muss ich die jetzt zahlen?", nil, false}, // the tax office's
		{"Mein Vermieter will 200 Euro für neue Schlüssel. Muss ich das zahlen?", nil, true},
		{"A Handwerker redid our bathroom, the shower leaks, but he wants the full payment now. Do I have to pay?", nil, true},
		{"I sold my bike on Kleinanzeigen and now the buyer says the brakes are worn. Do I have to pay him?", nil, true},
		{"I sold my camera on Kleinanzeigen and the buyer now says it is scratched. Does he have a case?", nil, true},
		{"My girlfriend broke up with me and kept my speakers. How do I get my things back?", nil, true},
		{"My girlfriend and I split up and we both want to keep the dog we bought together. Who gets the dog legally?", nil, true},
		{"We split the cost of the dog we bought together. Who gets the dog tax bill?", nil, false}, // no separation
		{"My boyfriend and I have broken up. Who keeps the sofa we bought together?", nil, true},
		{"We are splitting up after ten years. Who gets the car we both paid for?", nil, true},
		{"My siblings and I split up our father's inheritance. Who gets the house entered in the Grundbuch?", nil, false}, // divides it
		{"Mein Ex rückt meine Möbel nicht raus, die stehen noch in seiner Wohnung. Wie bekomme ich meine Sachen zurück?", nil, true},
		{"Meine Ex-Freundin hat noch meinen Fernseher. Darf ich einfach hingehen und die Sachen holen?", nil, true},
		{"my ex refuses to give back the sofa, it's still at his place. can i just go and get it?", nil, true},
		{"Mein Ex rückt meine Möbel trotz Urteil nicht raus. Wie bekomme ich meine Sachen zurück?", nil, false},               // the court's enforcement
		{"My girlfriend is pregnant and we are not married. What can I do to get joint custody?", nil, false},                 // no separation
		{"Ich bin Vermieterin und will meine leere Wohnung möbliert vermieten. Was kann ich tun?", nil, false},                // the asker is the landlord
		{"My landlord gave me the Wohnungsgeberbestätigung. Do I have to pay anything for the Anmeldung?", nil, false},        // the ask goes on after "pay"
		{"My new employer needs a certificate of good conduct. Do I have to pay that?", nil, false},                           // a document
		{"I run a small online shop as a sole trader. Do I have to pay this trade tax?", nil, false},                          // the ask goes on after "pay"
		{"Vodafone wants a 70 euro Bearbeitungsgebühr for cancelling my contract. Do I really have to pay that?", nil, false}, // a fee
		{"Mein Ex und ich haben gemeinsame Schulden bei der Rundfunkgebühr. Muss ich das alleine zahlen?", nil, false},        // a fee
		{"My flatmate moved out and stopped paying his part of the rent. Do I really have to pay everything alone now?", nil, true},
		{"Mein Vermieter verlangt, dass ich beim Auszug die Wohnung weiß streiche. Muss ich das wirklich machen?", nil, true},
		{"Mein Vermieter sagt, ich muss mich beim Bürgeramt anmelden. Muss ich das wirklich machen?", nil, false},                       // a duty to the city
		{"Mein Onkel ist gestorben und hatte nur Schulden. Wie schlage ich das Erbe aus und bis wann muss ich das machen?", nil, false}, // no party
		{"Die Umzugsfirma hat meinen Schrank kaputt gemacht und will nicht zahlen. Was soll ich tun?", nil, true},
		{"Unsere Umzugsfirma zieht in einen anderen Bezirk. Was soll ich tun?", nil, false}, // the asker's own firm
		{"Das Umzugsunternehmen hat meine Lampe zerbrochen und zahlt nicht. Was soll ich machen?", nil, true},
		{"Ich bin umgezogen und mein Vermieter hat mir die Wohnungsgeberbestätigung geschickt. Was soll ich tun?", nil, false}, // no wrong told
		{"A Handwerker took our deposit and stopped coming. What are our options?", nil, true},
		{"My flatmate left without paying his rent share. I only have whatsapp messages. Does that count as proof that he owes me?", nil, true},
		// whether the asker must give back what the party wants back
		{"Mein Ex will das Sofa zurück, das er mir zum Einzug geschenkt hat. Muss ich das rausgeben?", nil, true},
		{"sold my old bike on kleinanzeigen and now the buyer says it's broken and wants his money back. do i have to refund him?", nil, true},
		{"My ex wants the ring back that he gave me. Do I really have to give it back?", nil, true},
		{"Meine Ex will den Ring zurück, den sie mir geschenkt hat. Muss ich den zurückgeben?", nil, true},
		{"Der Vermieter will die Schlüssel zurück. Muss ich sie zurückgeben, bevor ich mich abmelde?", nil, false},                             // the ask goes on after the verb
		{"Ich ziehe aus, mein Vermieter hat einen Nachmieter. Ich habe noch einen Bewohnerparkausweis. Muss ich den zurückgeben?", nil, false}, // nobody wants it back
		{"Mein Vermieter hat mir die Schlüssel gegeben. Wo kann ich meinen alten Personalausweis zurückgeben?", nil, false},                    // no duty asked
		{"The Familienkasse wants the Kindergeld back. Do I have to pay it back?", nil, false},                                                 // no party
		{"Mein Arbeitgeber hat der Familienkasse mein Gehalt gemeldet. Muss ich Kindergeld zurückzahlen?", nil, false},                         // no pronoun before the verb
		{"Was kann ich tun, wenn kein Termin frei ist?", nil, false},
		// a modal verb before the party
		{"Die Sparkasse hat mir den Dispo gestrichen. Darf eine Bank das ohne Vorwarnung?", nil, true},
		{"Der Händler hat mir ein defektes Handy verkauft. Muss mir der Händler ein neues geben?", nil, true},
		{"Wie viele Wochen vorher muss ich meinem Arbeitgeber die Elternzeit sagen?", nil, false},              // the asker's duty
		{"Ich beantrage eine Einkommensbescheinigung. Was muss mein Arbeitgeber dafür ausfüllen?", nil, false}, // the party's part of an application
		{"Mein Arbeitgeber zahlt den Lohn zu spät. Muss mein Arbeitgeber dafür Zinsen zahlen?", nil, true},
		{"Ich habe gekündigt. Muss mein Arbeitgeber mir ein Arbeitszeugnis ausstellen?", nil, true},
		{"Muss mein Vermieter mir die Kaution zurückzahlen? Welche Belege muss ich ihm dafür noch vorlegen?", nil, true}, // the form in the next question
		{"Mein Stromvertrag läuft noch ein Jahr. Darf der Anbieter die Preise trotzdem erhöhen?", nil, true},
		// ending a contract without notice
		{"Meine Vermieterin repariert die Heizung seit Wochen nicht. Darf ich deshalb fristlos kündigen?", nil, true},
		{"My boss keeps shouting at me in front of customers. Can I quit without notice?", nil, true},
		{"Nach dem Wasserschaden zahlt keiner. Muss die Versicherung den Schaden übernehmen?", nil, true},
		// stopping a sale, suing over it, a duty the party may have
		{"Meine Geschwister wollen das Haus verkaufen, ich nicht. Kann ich den Verkauf verhindern?", nil, true},
		{"Meine Schwester soll laut Testament alles bekommen. Kann ich dagegen klagen?", nil, true},
		{"Mein Bruder hat das Auto unseres Vaters einfach behalten. Kann ich den zurückverlangen?", nil, true},
		{"Kann ich meinen Arbeitgeber verklagen, weil er mich versetzt hat?", nil, true},
		{"My neighbour's tree fell on my car. Can I take him to court?", nil, true},
		{"My landlord kept the deposit and moved. Where do I find his address so I can take him to court?", nil, false}, // a purpose, not a question
		{"Mein Vermieter schickt keine Nebenkostenabrechnung. Muss der das nicht jedes Jahr machen?", nil, true},
		{"Meine Anmeldung ist noch nicht gemacht. Muss die das wissen?", nil, false}, // no party
		// a way out of a contract, after the sentence that names it
		{"My gym membership auto-renewed for another year. Can I get out of it?", nil, true},
		{"Can I get out of the lease before I move abroad?", nil, false}, // no party
		// a claim whose words stand apart, a filler, a provider by its compound
		{"Meine Schwester hat nach dem Tod unserer Mutter den Schmuck behalten. Steht mir nicht die Hälfte davon zu?", nil, true},
		{"Mein Bruder wohnt allein im geerbten Haus. Steht uns Geschwistern Miete von ihm zu?", nil, true},
		{"Steht mir als Studentin Wohngeld zu?", nil, false}, // no party
		{"Mein Ex will die Hälfte vom Erbe meiner Oma. Steht ihm das zu?", nil, true},
		{"Meine Ex-Frau verlangt die Hälfte der Nebenkostenrückzahlung von mir. Steht ihr das zu?", nil, true},
		{"Mein Bruder will das Haus allein behalten. Hat er damit recht?", nil, true},
		{"Mein Stromanbieter hat die Abschläge verdoppelt. Darf der das?", nil, true},
		// who is liable, after the sentence that names the party
		{"Mein Sohn hat das Auto vom Nachbarn zerkratzt. Wer muss den Schaden bezahlen?", nil, true},
		{"My neighbour's tree fell on my shed. Who has to pay for it?", nil, true},
		{"Ein Ast ist auf mein Auto gefallen. Wer haftet?", nil, false}, // no party
		// options, a claim or an heir asked after, "zulässig"
		{"My gym won't release me from the contract although I'm moving. What are my options?", nil, true},
		{"Meine Schwester wohnt im Haus unserer Eltern. Wem steht das Haus nach deren Tod zu?", nil, true},
		{"Mein Bruder hat das Boot unseres Onkels verkauft. Steht uns anderen Erben ein Teil vom Erlös zu?", nil, true},
		{"Mein Arbeitgeber hat mir während der Krankheit gekündigt. Ist das zulässig?", nil, true},
		{"kündigung durch arbeitgeber in der probezeit zulässig", nil, true},
		{"Wer erbt die Wohnung meines Vaters, meine Schwester oder ich?", nil, true},
		// acting without the asker's consent, whatever title fits
		{"My flatmate wants her partner to move in. Can she do that without my consent?", []candidate{deregistration}, true},
		{"Mein Ex will den Pass für unsere Tochter verlängern. Darf er das ohne meine Zustimmung?", []candidate{passport}, false}, // a child
		// what a matter means for what a party will do, whatever title fits
		{"I finally have my permanent residence. Does that mean banks will lend to me now?", []candidate{death}, true},
		{"Die Niederlassungserlaubnis ist da. Heißt das, dass mir die Bank jetzt eher einen Kredit gibt?", []candidate{death}, true},
		{"Mein Pass ist abgelaufen. Heißt das, dass ich einen neuen beantragen muss?", []candidate{death}, false}, // no party
		// a company, unless the asker's own
		{"The company won't pay my last salary until I give back the phone. Is that allowed?", nil, true},
		{"Our company wants to hire a cook from Vietnam. Is that allowed?", nil, false},
		// forcing a party to act
		{"My sister lives in our late father's house and won't move. Can I force a sale?", []candidate{complaint}, true},
		// having a car towed from one's own ground, however well the title fits
		{"A stranger parks on our private driveway every day. Am I allowed to have the car towed myself?", []candidate{towed}, true},
		{"Jemand steht dauernd auf meinem Stellplatz. Darf ich das Auto abschleppen lassen?", nil, true},
		{"Can I have the car in my driveway towed myself?", []candidate{towed}, true},
		{"Darf ich das Auto von meinem Stellplatz im Hof abschleppen lassen?", nil, true},
		{"Can I get my towed car back today?", []candidate{towed}, false}, // the asker's own car
		{"Someone keeps parking in my rented spot in the yard. Am I allowed to get his car towed away?", []candidate{towed}, true},
		{"Can I get his car towed to a garage after the accident?", []candidate{towed}, false},                           // towed where to
		{"A car without plates has stood on our street for months. Can I get it towed away?", []candidate{towed}, false}, // no one else's car named
		// claiming money back, letting a landlord in
		{"Hab auf Kleinanzeigen ein Rad gekauft, der Verkäufer meldet sich nicht. Kann ich das Geld zurückverlangen?", nil, true},
		{"My landlord wants to show the flat to buyers tomorrow. Do I have to let him in?", nil, true},
		{"Ich habe zu viel Gebühr fürs Bürgeramt bezahlt. Kann ich das Geld zurückverlangen?", nil, false}, // no party
		{"Meine Bank bucht plötzlich Kontoführungsgebühren ab, ich habe nie zugestimmt. Kann ich das Geld zurückfordern?", nil, true},
		// billing the party
		{"Mein Ex gibt den Wohnungsschlüssel nicht zurück. Kann ich ihm die Kosten für das neue Schloss in Rechnung stellen?", nil, true},
		{"Ich bin Handwerker. Darf ich die Kosten für die Anfahrt in Rechnung stellen?", nil, false},            // no party
		{"Ich verkaufe als Kleinunternehmer über eBay. Darf ich Umsatzsteuer in Rechnung stellen?", nil, false}, // bills no party
	} {
		if got := dispute(tt.question, tt.cands); got != tt.want {
			t.Errorf("dispute(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

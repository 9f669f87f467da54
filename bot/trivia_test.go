package bot

import (
	"context"
	"testing"

	"citizenbot/knowledge"
)

func TestTrivia(t *testing.T) {
	petition := candidate{entry: knowledge.Entry{Title: "Einwohnerantrag einreichen"}}
	allowance := candidate{entry: knowledge.Entry{Title: "Hauptstadtzulage - Auszahlung"}}
	fiction := candidate{entry: knowledge.Entry{Title: "Fiktionsbescheinigung beantragen"}}
	registration := candidate{entry: knowledge.Entry{Title: "Anmeldung einer Wohnung"}}
	resident := candidate{entry: knowledge.Entry{Title: "Personalausweis, vorläufig, für Berliner Einwohner ohne feste Wohnung"}}
	for _, tt := range []struct {
		question string
		cands    []candidate
		want     bool
	}{
		{"Wer hat eigentlich das Brandenburger Tor gebaut?", nil, true},
		{"quick one - how much is 19% VAT on 1,250 euros?", nil, true},   // an interjection before the asking word
		{"how many people actually live in berlin right now", nil, true}, // a filler within the count
		{"How many people can live in one flat according to the rules?", []candidate{registration}, false},
		{"How many people live in one flat before the Anmeldung needs a landlord form?", []candidate{registration}, false}, // no place after "in"
		// a span of time to reckon
		{"My Aufenthaltstitel expires on 14.03.2026. How many days is that from today? Just the number pls", []candidate{fiction}, true},
		{"My residence permit expires on 14 March 2026. How many days is that from 1 October 2025?", nil, true},
		{"Wieviele Tage sind es noch bis zum 24.12.?", nil, true},
		{"How many days is it until my appointment on 5 March?", nil, false},                                            // the asker's own
		{"Wie viele Jahre sind es, bis ich mich nach 2025 einbürgern lassen kann?", nil, false},                         // the asker's own wait
		{"How many days do I have from 1 October to register my new flat?", []candidate{registration}, false},           // a deadline
		{"Wie viele Tage hat man ab dem 1. Oktober Zeit für die Anmeldung?", []candidate{registration}, false},          // a deadline
		{"Wie viele Anträge sind 2024 beim Bürgeramt für die Anmeldung eingegangen?", []candidate{registration}, false}, // no span
		{"How many days is that from the appointment?", nil, false},
		{"how many weeks is the wait for a new passport right now?", nil, false},                                                // a wait for a service
		{"Wie viele Wochen sind es ab heute, bis ein neuer Personalausweis fertig ist?", nil, false},                            // a wait for a service
		{"Ich lebe seit dem 01.09.2018 hier. Wie viele Jahre sind das bis heute? Reicht das für die Einbürgerung?", nil, false}, // a second question
		{"How many days is it from today until Christmas?", nil, true},
		{"Wie viele Anmeldungen sind das seit 2024?", []candidate{registration}, false},  // a count, not a span
		{"How many days passed from 1 May to 3 June?", []candidate{registration}, false}, // a verb that does not reckon                                                          // no day to reckon from
		{"how tall is the fernsehturm and is there a restaurant at the top?", nil, true},
		{"Wer hat die Currywurst erfunden?", nil, true},
		{"seriously why do offices here still close at noon on fridays", nil, true}, // an interjection first
		{"Mal ehrlich, warum gibt es in Berlin zwölf Bezirke?", nil, true},
		{"Any good recipes for a vegan Sunday roast?", nil, true},
		{"Kennst du ein Kochrezept für Linsensuppe?", nil, true},
		{"When was the city founded?", nil, true},
		{"Wie spät ist es gerade in New York?", nil, true},
		{"Hallo 👋 Wie spät ist es gerade in New York?", nil, true}, // a greeting first
		{"Rechne mal schnell: wie viel sind 17 Prozent von 2.350 Euro?", nil, true},
		{"what is 19 percent VAT of 80 euros?", nil, true},
		{"what is 15 percent of 80 euros", nil, true},
		{"Wie viel sind 19 % Mehrwertsteuer auf 1.250 Euro netto?", nil, true},
		{"wieviel sind 19% mwst von 249 euro", nil, true},
		{"what is 19 % VAT on 300 euros gross?", nil, true},
		{"Wie rechne ich die 19 % Mehrwertsteuer aus einem Bruttobetrag von 250 Euro raus?", nil, true},
		{"Wie berechne ich die Gebühr für einen Pass, wenn ich 2 Kinder habe?", nil, false}, // one number, no operator
		{"Wie viel Grundsteuer zahle ich auf 250.000 Euro?", nil, false},                    // a tax of the asker's
		{"what is 17.5 % of 2340", nil, true},
		{"Wie viel sind 17,5 % von 2.340 Euro? Brauche das für meine Steuererklärung.", nil, true},                             // the sum in the first sentence
		{"Okay. Was ist 17 mal 23?", nil, true},                                                                                // the sum in the second sentence
		{"Wie viel sind 19 Prozent von 2000 Euro? Und muss ich das als Kleinunternehmer beim Finanzamt anmelden?", nil, false}, // asks more
		{"Wie viel sind 19 Prozent von 2000 Euro? Muss ich das als Kleinunternehmer beim Finanzamt anmelden", nil, false},      // asks more without a question mark
		{"wie rechne ich 15 prozent von 240 euro aus", nil, true},
		{"How do I calculate 20 percent of 350 euros?", nil, true},
		{"Wie berechne ich 19 Prozent Umsatzsteuer von 1000 Euro?", nil, false}, // a tax the asker owes
		{"what time is it in Sydney right now", nil, true},
		{"Bis wie spät ist es geöffnet?", nil, false}, // opening hours
		{"How many inhabitants does the district have?", nil, true},
		{"Wann wurde unser Haus gebaut? Wir brauchen die Bauakte", nil, false},       // the asker's own matter
		{"Ich habe eine Stiftung gegründet, was muss ich tun?", nil, false},          // no question word first
		{"Wie viele Einwohner müssen unterschreiben?", []candidate{petition}, false}, // a title names it
		{"Wer hat Anspruch auf Wohngeld?", nil, false},                               // no fact of history
		{"Seit wann gibt es eigentlich den Führerschein im Kartenformat?", nil, true},
		{"Since when has there been a dog tax in Berlin?", nil, true},
		{"Seit wann muss ich die Hundesteuer zahlen, wenn der Hund im März kam?", nil, false},        // the asker's own matter
		{"Quick question: why do German offices still use fax machines?", nil, true},                 // a lead-in before the colon
		{"einwohnerzahl hamburg", nil, true},                                                         // a fact typed as a search
		{"Welcher Berliner Bezirk hat die meisten Einwohner?", []candidate{resident}, true},          // though a title names residents
		{"wieviele einwohner hat berlin eigentlich", []candidate{resident}, true},                    // "wie viele" as one word
		{"wieviel kostet ein Reisepass", nil, false},                                                 // a fee, joined or not
		{"wieviele Tage hat die Wohngeldstelle Zeit für die Bearbeitung eines Antrags?", nil, false}, // a deadline
		{"Hallo, wie alt ist ein Kind, wenn es einen eigenen Personalausweis braucht?", nil, false},  // a need
		{"Wie alt ist das Brandenburger Tor?", nil, true},
		{"Hat Wien eigentlich mehr Einwohner als Hamburg?", nil, true},                    // no question word
		{"Wir haben mehr Einwohner als Platz. Welche Hilfe gibt es für uns?", nil, false}, // the asker's own matter
		{"hundesteuer berlin", nil, false},                                                // no fact
		{"when did the Berlin Wall fall?", nil, true},
		{"Seit wann ist Berlin eigentlich wieder Hauptstadt?", nil, true},
		{"Was ist die Hauptstadt von Australien?", nil, true},
		// what a sum in a foreign currency is worth
		{"Wie viel sind 350 Dollar in Euro?", nil, true},
		{"how much is 200 dollars in euros", nil, true},
		{"Wie wird beim Elterngeld ein Gehalt in Dollar umgerechnet?", nil, false},                // how a service counts it
		{"Wie viel Zoll zahlt man auf ein Paket im Wert von 200 Dollar aus den USA?", nil, false}, // customs
		{"How much customs duty is charged on a parcel worth 150 dollars?", nil, false},
		{"Wie wird beim Elterngeld ein Gehalt von 3000 Dollar in Euro umgerechnet?", nil, false}, // more than a sum
		{"Wer ist gerade Regierender Bürgermeister von Berlin?", nil, true},
		{"Who is the mayor of Berlin?", nil, true},
		{"how many people live in berlin right now?", nil, true},
		{"Wie viele Bundesländer hat Deutschland?", nil, true},
		{"How many people can live in my flat?", nil, false},                      // the asker's own matter
		{"Wann ist die Hauptstadt-Zulage fällig?", []candidate{allowance}, false}, // a title names it
		{"How is capital gains tax calculated?", nil, false},                      // no fact of history
		{"what's the capital of Canada again?", nil, true},
		{"Warum ist eigentlich ein Bär im Berliner Wappen?", nil, true},
		{"Why is it so hard to get an appointment at the Bürgeramt?", nil, true},
		{"Warum wurde mein Antrag abgelehnt?", nil, false}, // the asker's own matter
		{"Why do you even have to register your address in Germany? No other country I lived in does this.", nil, true},
		{"Ich habe Wohngeld beantragt. Warum dauert das bei mir so lange?", nil, false}, // the asker's own matter
		{"Wie viele Hunde gibt es eigentlich in Berlin?", nil, true},
		{"Wie viele Bezirke hat Berlin?", nil, true},
		{"How many people got married in Berlin last year?", nil, true},
		{"Wie viele Babys wurden letztes Jahr geboren?", nil, true},
		{"How many districts does Berlin have?", nil, true},
		{"How many public pools are there in Berlin?", nil, true},
		{"Wie viele Tage hat man Zeit für die Ummeldung?", nil, false},        // what a procedure takes
		{"Wie viele Unterschriften braucht ein Einwohnerantrag?", nil, false}, // what a procedure takes
		{"How many members does an association need?", nil, false},            // what a procedure takes
		{"what does Schrippe mean? the lady at the bakery keeps saying it", nil, true},
		{"Was ist der Unterschied zwischen Kaltmiete und Warmmiete?", nil, true},
		{"Was bedeutet Fiktionsbescheinigung und darf ich damit reisen?", []candidate{fiction}, false}, // a title names it
		{"What's the difference between Anmeldung and Meldebescheinigung?", []candidate{registration}, false},
		{"whats the difference between Bundestag and Bundesrat? my teacher explained it but i didnt get it", nil, true},
		{"whats the difference between Anmeldung and Meldebescheinigung", []candidate{registration}, false}, // a title names it
		{"whats 19 percent of 2,350 €?", nil, true},
		{"whos the mayor of Berlin right now", nil, true},
		{"whys there a bear on the Berlin flag", nil, true},
		{"In welchem Jahr wurde das Rote Rathaus erbaut?", nil, true},
		{"In what year was the TV tower built?", nil, true},
		{"Seit welchem Jahr gibt es die Bezirke?", nil, false},       // no fact named
		{"In welchem Jahr wurde unser Haus gebaut?", nil, false},     // the asker's own matter
		{"Im Haus wurde gebaut, wer zahlt den Schaden?", nil, false}, // no question word first
		{"Was bedeutet das?", nil, false},                            // no term
		{"Was heißt eigentlich „Verwaltungsakt“? Das steht in meinem Bescheid.", nil, true},
		{"Was heißt das für die Anmeldung?", []candidate{registration}, false}, // a title names it
		{"What does the office need from me?", nil, false},                     // no "mean"
		{"Was ist 17 mal 23?", nil, true},
		{"what's 12 times 7", nil, true},
		{"17 geteilt durch 4", nil, true},
		{"Was ist 2+2?", nil, true},
		{"Was ist 030 115?", nil, false},                         // no sum
		{"Was kostet ein Stand von 3 mal 3 Metern?", nil, false}, // a fee asked
		{"Wie alt ist das Brandenburger Tor?", nil, true},
		{"How old is the TV tower?", nil, true},
		{"Wie alt muss man für den Angelschein sein?", nil, false}, // a rule asked
		{"Wie alt ist mein Sohn bei der Einschulung?", nil, false}, // the asker's own matter
	} {
		if got := trivia(tt.question, tt.cands); got != tt.want {
			t.Errorf("trivia(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

func TestAsksWaitAtOffice(t *testing.T) {
	for q, want := range map[string]bool{
		"Wie lange wartet man im Bürgeramt so ungefähr, auch wenn man einen Termin hat?": true,
		"How long do you usually wait at the Bürgeramt even with an appointment?":        true,
		"Wie lange muss ich auf meinen Reisepass warten?":                                false, // no office, no appointment
		"Wie lange dauert ein Termin beim Bürgeramt?":                                    false, // no waiting
	} {
		if got := asksWaitAtOffice(q); got != want {
			t.Errorf("asksWaitAtOffice(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAsksTranslation(t *testing.T) {
	for q, want := range map[string]bool{
		"Kannst du mir den Bescheid ins Polnische übersetzen?":                                                      true,
		"Could you translate 'Wohnungsgeberbestätigung' into English?":                                              true,
		"Wer kann meine Geburtsurkunde ins Deutsche übersetzen?":                                                    false, // asks who, not the bot
		"Can you tell me where I get a certified translation?":                                                      false, // no language to translate into
		"Ich brauche eine Übersetzung ins Deutsche. Kannst du helfen?":                                              false, // the sentence asks no translation
		"Was heißt Wohnungsgeberbestätigung auf Türkisch?":                                                          true,
		"how do you say Führungszeugnis in english":                                                                 true,
		"Wie übersetzt man Führungszeugnis ins Englische?":                                                          true,
		"Wie übersetzt man Führungszeugnis ins Griechische?":                                                        true,
		"Wie übersetzt man das ins Amt?":                                                                            false, // no language after "ins"
		"Wie übersetzt man die Urkunde ins Englische fürs Amt?":                                                     false, // an office asks for it
		"Wie übersetzt man Geburtsurkunde ins Deutsche?":                                                            false, // into German: a certified translation
		"How do you say 'tax return' in German?":                                                                    true,
		"Wie heißt das Amt, bei dem ich mich anmelde?":                                                              false, // no language
		"Was heißt das für meine Anmeldung in Berlin?":                                                              false, // no language after "in"
		"Übersetz mir bitte ins Arabische: 'Bringen Sie Ihren Pass mit.'":                                           true,
		"Bitte übersetze ins Türkische: „Ich brauche meinen Reisepass.“":                                            true,
		"Please translate into Arabic: 'Bring your passport.'":                                                      true,
		"Translate into Turkish: 'Please bring your registration certificate.'":                                     true,
		"Übersetzung ins Deutsche: Wer beglaubigt die?":                                                             false, // the noun, no order
		"Heißt es der, die oder das Führerschein?":                                                                  true,
		"I keep mixing up der, die and das. Is there a rule?":                                                       true,
		"Schicke ich der Behörde die Kopie oder das Original?":                                                      false, // the articles apart
		"Wie schreibt man richtig: Personalausweiß oder Personalausweis?":                                           true,
		"is it spelled Fiktionsbescheinigung or Fiktionbescheinigung?":                                              true,
		"Ist das richtig: Anmeldung oder Ummeldung?":                                                                false, // two words, no spelling asked
		"Wird die Anmeldung oder Ummeldung geschrieben, wenn ich umziehe?":                                          false, // two words, not two spellings
		"My name is spelled Maier or Meyer in different papers. How do I fix it?":                                   false, // two names
		"Schreibt man Personalausweis am Ende mit s oder mit ß?":                                                    true,  // two letters
		"How do you spell Kaution, with a c or a k?":                                                                true,
		"Schreibt man der Behörde mit du oder mit Sie?":                                                             false, // "Sie" has three letters
		"Schreibt man die Kopien mit 2 oder 3 Stempeln?":                                                            false, // numbers
		"Wie schreibt man das Geschlecht im Antrag, mit m oder mit w?":                                              false, // what to write in a form
		"Mein Name steht im Pass mit K. Wie schreibt man ihn, mit c oder mit k, und wie lasse ich das korrigieren?": false, // the asker's name
		"Schreibt man bei der Anrede m oder w?":                                                                     false, // no "mit" before the letter
		"Wie schreibt man es, mit a oder a?":                                                                        false, // one letter twice
		"Schreibt man seit oder seid gestern?":                                                                      true,
		"Schreibt man Müller oder Mueller?":                                                                         false, // one word once folded: nothing tells the two apart
		"Brauche ich ein Passbild oder Passbilder?":                                                                 false, // no spelling asked
		"Wie schreibt man ihm oder ihr am besten?":                                                                  false, // words too short to tell
		"Mein Name ist Schmitt oder Schmidt geschrieben, wie lasse ich das berichtigen?":                            false, // a register's spelling, not asked
		"My surname is spelled Meier or Meyer on different documents. How do I get it corrected?":                   false,
		"Schreibt man 2025 oder 2026 auf den Antrag?":                                                               false, // numbers
		"Wie schreibt man Wohngeld oder Wohngeld-Lastenzuschuss in den Antrag?":                                     false, // one word twice
		"Schreibt man Maier oder Meyer?":                                                                            false, // two names
		"How do you spell it, Anmeldebestätigung or Anmeldebestätigungg?":                                           true,
		"Schreibe ich Kind oder Kinder in den Antrag?":                                                              false, // no spelling asked
		"Mein Name ist falsch geschrieben. Wie lasse ich das korrigieren?":                                          false, // no two spellings
		"What's the English word for Anmeldung?":                                                                    true,
		"Is there a word for that in the form?":                                                                     false, // no language
		"What is the German word for ID card and where do I apply for one?":                                         false, // asks where too
		"I don't know the German word for it. How do I register my flat?":                                           false, // tells, asks no word
		"What's the German word for it? The paper that proves my address.":                                          false, // "it"
		"I keep forgetting the German word for Anmeldung, my bank asks for one.":                                    false, // tells
	} {
		if got := asksTranslation(q); got != want {
			t.Errorf("asksTranslation(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAsksWriting(t *testing.T) {
	for q, want := range map[string]bool{
		"Could you write me a cover letter for a barista job?":                                     true,
		"can u help me write a cover letter for a barista job?":                                    true,
		"help me write a cover letter in german for a barista job":                                 true,
		"help me write down which documents I need for the Anmeldung":                              false, // names no text
		"Schreib mir bitte eine kurze Mail an die Kita-Leitung, dass mein Sohn krank ist.":         true,
		"Schreib mir, welche Unterlagen ich für die Anmeldung brauche.":                            false, // names no text
		"Please write me a short cover letter in German for a barista job.":                        true,  // after a word of courtesy
		"Bitte schreib mir eine Mail an meinen Vermieter wegen der Heizung.":                       true,
		"Please write me which documents I need for the Anmeldung.":                                false, // names no text
		"Schreib mir bitte ein kurzes Kündigungsschreiben für meinen Sportverein.":                 true,
		"Schreib mir bitte, wo ich beim Umschreiben unterschreiben muss.":                          false, // verbs, not texts
		"Can you please draft an email to my landlord?":                                            true,
		"Kannst du mir eine Beschwerde an meinen Vermieter formulieren?":                           true,
		"Könntest du mir ein Anschreiben für die Bewerbung schreiben?":                             true,
		"Können Sie mir helfen, ein Anschreiben für meine Bewerbung als Erzieherin zu schreiben?":  true, // addressed as "Sie"
		"Könnt ihr mir eine Kündigung für mein Fitnessstudio formulieren?":                         true,
		"Können Sie mir schreiben, welche Unterlagen ich für den Reisepass brauche?":               false, // asks which
		"Können Sie mir eine Bestätigung schreiben, dass ich in Berlin gemeldet bin?":              false, // a document of the office
		"Können Sie mir einen Brief schreiben, wenn mein Reisepass fertig ist?":                    false, // a notice
		"Können Sie mir eine Meldebestätigung für den Arbeitgeber schreiben?":                      false, // names no text
		"Könnten Sie mir einen Widerspruch gegen den Bescheid aufsetzen?":                          true,
		"Schreib mir bitte, welche Unterlagen ich für den Widerspruch brauche.":                    false, // asks which
		"Können Sie mir eine Nachricht schreiben, falls ein Termin frei wird?":                     false, // a notice
		"Kannst du mir ein Gedicht zum 6. Geburtstag meiner Tochter schreiben?":                    true,  // an ordinal ends no sentence
		"Can you write down which documents I need?":                                               false, // a list to note, not a text
		"Wer kann mir beim Schreiben des Widerspruchs helfen?":                                     false, // asks who, not the bot
		"How do I write a complaint to the Ordnungsamt?":                                           false, // asks how, not the bot
		"Can you tell me what I must write in the form for the Anmeldung?":                         false, // the verb is far from the request
		"Kannst du mir sagen, was ich in den Antrag auf Elterngeld schreiben muss?":                false, // the verb ends no clause
		"Kannst du mir kurz schreiben, was ein Personalausweis kostet?":                            false, // an answer, not a text
		"Could you write me which documents are needed for the Blue Card?":                         false,
		"Kannst du mir bitte einen Lebenslauf schreiben?":                                          true,
		"Kannst du mir einen Widerspruch schreiben, seit drei Monaten warte ich auf den Bescheid.": true, // "seit" opens no question
	} {
		if got := asksWriting(q); got != want {
			t.Errorf("asksWriting(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAsksCustom(t *testing.T) {
	for q, want := range map[string]bool{
		"Do employers usually give you a day off when you move house?":                     true,
		"Honestly, do most dog owners in Berlin actually register their dogs?":             true,
		"Was machen andere Eltern in so einem Fall, legen die alle Widerspruch ein?":       true,
		"Sollen wir das Geld aufs Sparbuch legen? Wie machen das andere Eltern so?":        true,
		"Wie viel geben Gäste bei einer Hochzeit normalerweise?":                           true,
		"Zahlen Vermieter üblicherweise die Malerarbeiten beim Auszug?":                    true,
		"Now that I'm registered, do most people here get a bike or a monthly ticket?":     true,
		"Holen sich die meisten Leute in Berlin ein Auto oder nicht?":                      true,
		"Which documents do I need for most permits?":                                      false, // no people
		"Was schenkt man eigentlich, wenn ein Freund eingebürgert wurde?":                  true,
		"My colleague is getting married at the registry office. What gift is usual?":      true,
		"Muss ich ein Geschenk von meiner Tante versteuern?":                               false,
		"Do most couples in Germany still take the husband's surname?":                     true,
		"Which accounting app do most freelancers in Berlin use?":                          true,
		"Wie viel Geld schenkt man normalerweise als Gast bei einer Hochzeit?":             true,
		"How long does it usually take to get the residence permit?":                       false, // a service's time
		"Wie lange dauert die Anmeldung normalerweise?":                                    false,
		"People usually ask me this. Where do I register a dog?":                           false, // told, not asked
		"Our company usually hires students. Do we need to register them with the office?": false, // told, not asked
		"What coffee machine do most small cafés in Berlin use?":                           true,
		"Can the other owners take him to court?":                                          false, // no word of custom
	} {
		if got := asksCustom(q); got != want {
			t.Errorf("asksCustom(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAsksAboutBot(t *testing.T) {
	for q, want := range map[string]bool{
		"Do you save what I type in here? I gave you my address before.":                               true,
		"Who reads the data I give you here?":                                                          true,
		"Welche Sprachen sprichst du eigentlich?":                                                      true,
		"What languages can you answer in?":                                                            true,
		"Can I write to you in Arabic?":                                                                true,
		"Hi! Are you ChatGPT or something else?":                                                       true,
		"Which company made you, and where do my messages go?":                                         true,
		"Wer hat dich denn gebaut?":                                                                    true,
		"Who programmed you, a company from Berlin?":                                                   true,
		"Wer hat den Antrag für mich unterschrieben?":                                                  false,
		"Where do I save my tax documents?":                                                            false,
		"Werden meine Angaben hier gespeichert? Ich will nicht, dass meine Adresse irgendwo landet.":   true,
		"Is what I write stored here, or sent somewhere?":                                              true,
		"Was passiert mit meinen Daten, wenn ich dir hier Fragen stelle?":                              true,
		"Was passiert mit meinen Daten, wenn ich mit dir chatte?":                                      true,
		"Kann ich hier mit dir auch meinen Wohnsitz ummelden?":                                         false,
		"Ist meine Anmeldung schon im Melderegister gespeichert?":                                      false,
		"Which languages are accepted for the Einbürgerungstest?":                                      false,
		"your answer yesterday about the Anmeldung was wrong. this bot is useless":                     true,
		"Deine Antwort war falsch, ich stand beim falschen Amt.":                                       true,
		"The office said my answer was wrong on the form. What now?":                                   false,
		"Can you also speak Turkish? My mother doesn't understand German.":                             true,
		"Kannst du dir merken, was ich dir letzte Woche geschrieben hab?":                              true,
		"you're useless, you never understand what I ask":                                              true,
		"Do I need to speak German for the naturalisation test?":                                       false,
		"Kannst du auch Türkisch? Mein Deutsch ist nicht so gut.":                                      true,
		"Welche Sprachen kannst du eigentlich alle?":                                                   true,
		"Sprechen Sie auch Englisch?":                                                                  true,
		"Can you tell me if the citizenship test is in Turkish?":                                       false, // asks about the test
		"Bist du ein echter Mensch oder ein Bot? Und was passiert mit dem, was ich hier reinschreibe?": true,
		"Are you a real person or a bot?":                                                              true,
		"Sind Sie ein Mensch?":                                                                         true,
		"Ist ein Bot für die Terminbuchung erlaubt?":                                                   false,
		"are your answers legally binding? what if you tell me a wrong deadline?":                      true,
		"Where do I send my answers to the census questionnaire?":                                      false,
	} {
		if got := asksAboutBot(q); got != want {
			t.Errorf("asksAboutBot(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOpinion(t *testing.T) {
	for q, want := range map[string]bool{
		"Was hältst du von der Enteignung großer Wohnungskonzerne?":                                             true,
		"What's your opinion on the Mietendeckel, was it a good idea?":                                          true,
		"I've requested my postal vote. Who should I vote for as a renter?":                                     true,
		"Wen soll ich wählen, SPD oder Grüne?":                                                                  true,
		"Kreuzberg or Prenzlauer Berg – where would you live if you were me?":                                   true,
		"Bei mir sind es schon 10 Wochen und noch kein Cent Elterngeld. Ist das normal?":                        true,
		"The plumber billed 480 euros for 40 minutes. Is that normal?":                                          true,
		"My colleague invited me to his wedding in Poland, but I can't afford it. Would it be rude to decline?": true,
		"Meine Nachbarin lädt mich ständig zum Kaffee ein. Wäre es unhöflich, mal abzusagen?":                   true,
		"Unser Gasanbieter ist teuer geworden. Lohnt sich ein Wechsel?":                                         true,
		"My internet is slow. Is it worth switching to another provider?":                                       true,
		"Was würdest du an meiner Stelle tun, Kreuzberg oder Pankow?":                                           true,
		"Kann jemand an meiner Stelle den Ausweis abholen?":                                                     false,
		"Seit gestern habe ich den deutschen Pass und fühle mich komisch. Geht es anderen auch so?":             true,
		"Got my settlement permit today and I can't stop smiling. Did other people feel this relieved?":         true,
		"Do you think the new mayor will build more flats?":                                                     true,
		"Was halten Sie eigentlich von der neuen Bürgermeisterin?":                                              true,
		"Was denken Sie über das Tempolimit auf der Stadtautobahn?":                                             true,
		"Wie beantrage ich Briefwahl?":                                                                          false,
		"Wie geht das Anmelden für andere Personen?":                                                            false,
		"Wen soll ich wegen meines Antrags anrufen?":                                                            false,
		"What do I need for the Anmeldung?":                                                                     false,
		"Ich möchte meine Meinung zum Bebauungsplan einreichen, wie geht das?":                                  false,
		"Sag mal, was ist eigentlich dein Lieblingsbezirk?":                                                     true,
		"Haben Sie ein Lieblingsessen? Und Ihre Lieblingsfarbe?":                                                true,
		"hey bot, what is your favorite park here?":                                                             true,
		"Mein Lieblingscafé schließt, darf es draußen noch Tische aufstellen?":                                  false,
		"Can I register my favourite number plate?":                                                             false,
		"Magst du Hunde? Ich hab gerade einen Dackel bekommen.":                                                 true,
		"Findest du nicht auch, dass die Bürgerämter viel zu langsam sind?":                                     true,
		"Don't you think the Bürgeramt should open on Sundays?":                                                 true,
		"Wo findest du die Formulare für das Wohngeld?":                                                         false,
		"Magst du mir sagen, wie ich Wohngeld beantrage?":                                                       false, // a polite request
		"Mögen Sie Berlin?":                                                   true,
		"Do you like living in the cloud?":                                    true,
		"Would you like to see my certificate?":                               false,
		"Pankow or Steglitz for a family, which would you pick?":              true,
		"She kept the car we both paid for. Is it fair?":                      true,
		"Die Hundesteuer gilt nur für Hunde. Findest du das nicht ungerecht?": true,
	} {
		if got := opinion(q); got != want {
			t.Errorf("opinion(%q) = %v, want %v", q, got, want)
		}
	}
}

// A question of general knowledge gets no answer although search found a
// service that matches.
func TestAnswerTrivia(t *testing.T) {
	kb := newFakeKB(t, knowledge.Entry{ID: "bauchladen", Title: "Straßenhandel aus Bauchladen", Language: "de"},
		knowledge.Entry{ID: "meldebescheinigung", Title: "Meldebescheinigung beantragen", Language: "de"})
	for text, hit := range map[string]string{
		"Wer hat eigentlich das Brandenburger Tor gebaut?":                       "bauchladen",
		"Kannst du mir das Wort Meldebescheinigung ins Französische übersetzen?": "meldebescheinigung",
	} {
		kb.hits = []knowledge.Hit{{ID: hit, Score: 0.03, Similarity: 0.5, NameFit: 0.6}}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: text}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != NoAnswer || r.Text != composeNoAnswer(testTenant(), "de", "") {
			t.Errorf("%q: reply %s %q, want the plain no answer", text, r.Status, r.Text)
		}
	}
}

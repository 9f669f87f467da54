package bot

// A request for names to choose from ("Hast du ein paar schöne
// Namensideen für sie?", "can you suggest some cute German dog names?")
// asks for ideas, not a service: the city registers a child's name and a
// dog, it does not suggest them, and the question's words (the puppy, the
// baby) would find the dog tax or the birth's registration. A sentence
// asks so when it has a word of nameIdeaWords, or one of suggestWords and
// one of pluralNames, and none of allowedWords or nameMatters: "Können Sie
// vorschlagen, welche Namen erlaubt sind?" asks what the register accepts,
// "Any ideas why the names of my children are spelled wrong in the
// registry?", "Hast du Ideen, wo ich die Namen meiner Großeltern in alten
// Registern finde?" and "… welchen unserer Namen wir als Ehenamen
// nehmen?" ask about names borne.
var (
	nameIdeaWords = []string{"namensideen", "namensvorschlaege"}
	suggestWords  = []string{"suggest", "suggestions", "ideas", "vorschlagen", "vorschlaege", "ideen"}
	pluralNames   = []string{"names", "namen"}
	allowedWords  = []string{"erlaubt", "zulaessig", "allowed", "permitted"}
	nameMatters   = []string{"wie", "warum", "wo", "ob", "how", "why", "where", "whether", "aendern", "change", "offiziell",
		"officially", "ehenamen", "ehename", "standesamt", "registry", "register", "registern"}
)

// asksNameIdeas reports whether a sentence of the question asks for names
// to choose from (see above).
func asksNameIdeas(question string) bool {
	return someSentence(question, func(ws []string) bool {
		ideas := anyIn(ws, nameIdeaWords) || anyIn(ws, suggestWords) && anyIn(ws, pluralNames)
		return ideas && !anyIn(ws, allowedWords) && !anyIn(ws, nameMatters)
	})
}

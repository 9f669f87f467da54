package bot

// A request for names to choose from ("Hast du ein paar schöne
// Namensideen für sie?", "can you suggest some cute German dog names?")
// asks for ideas, not a service: the city registers a child's name and a
// dog, it does not suggest them, and the question's words (the puppy, the
// baby) would find the dog tax or the birth's registration. A sentence
// asks so when it has a word of nameIdeaWords, or one of suggestWords and
// one of pluralNames, and none of allowedWords: "Können Sie vorschlagen,
// welche Namen erlaubt sind?" asks what the register accepts.
var (
	nameIdeaWords = []string{"namensideen", "namensvorschlaege"}
	suggestWords  = []string{"suggest", "suggestions", "ideas", "vorschlagen", "vorschlaege", "ideen"}
	pluralNames   = []string{"names", "namen"}
	allowedWords  = []string{"erlaubt", "zulaessig", "allowed", "permitted"}
)

// asksNameIdeas reports whether a sentence of the question asks for names
// to choose from (see above).
func asksNameIdeas(question string) bool {
	return someSentence(question, func(ws []string) bool {
		ideas := anyIn(ws, nameIdeaWords) || anyIn(ws, suggestWords) && anyIn(ws, pluralNames)
		return ideas && !anyIn(ws, allowedWords)
	})
}

; News Annotator: article structure.
(headline) @markup.heading @text.title
(heading) @markup.heading
(byline) @attribute
(quotation) @string

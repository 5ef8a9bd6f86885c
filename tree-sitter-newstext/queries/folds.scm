; A section runs from its heading to the next heading (or the end of the article).
(section) @fold

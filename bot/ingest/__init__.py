"""`briefbot ingest`: web pages and article files into the corpus, as articles with front matter.

`fetch` reads a page over HTTP within limits (size, time, redirects), `extract` takes its main text and metadata
with trafilatura and htmldate, and `write` puts it into the corpus atomically, once per canonical URL.
"""

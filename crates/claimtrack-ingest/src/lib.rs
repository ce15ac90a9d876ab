//! Reads news articles from text dumps, front matter, HTML, JSON, JSON Lines, RSS and Atom into normalised Articles.

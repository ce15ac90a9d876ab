//! Extracts deadline, exchange and territorial claims, with attribution, from articles.

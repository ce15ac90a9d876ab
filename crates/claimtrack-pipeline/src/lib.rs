//! The batch: parallel read and extract, one writer into the ledger.

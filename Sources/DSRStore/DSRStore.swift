/// The SQLite register.

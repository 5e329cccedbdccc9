#pragma once

#include "../Result.h"
#include "../security/Keychain.h"
#include "Database.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace warden {

/// Opens a database with the PostgreSQL password kept in the OS keychain (DOMAIN.md "Team use"):
/// `warden/db-password/<user@host:port/database>`. Without a stored one it takes
/// `WARDEN_DB_PASSWORD` or asks (GUI dialog, CLI prompt) and keeps the one the server accepted, so
/// later runs need neither. The password never goes into settings, logs, process arguments or
/// messages. SQLite files open as they are.
class DatabaseConnector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnector)

public:
    /// Asked for a password, with why; nullopt when the person cancels.
    using PasswordPrompt = std::function<std::optional<QString>(const QString& problem)>;

    explicit DatabaseConnector(Keychain keychain);
    /// One for a computer with no keychain (an auditor's): the password comes from the location,
    /// `WARDEN_DB_PASSWORD`, libpq's own sources or the prompt, and is not kept.
    [[nodiscard]] static DatabaseConnector withoutKeychain();

    [[nodiscard]] Result<std::unique_ptr<Database>> connect(const QString& location,
                                                            const PasswordPrompt& askPassword = {}) const;
    /// The keychain entry of a PostgreSQL URL's password.
    [[nodiscard]] static QString passwordEntry(const QString& location);

private:
    Keychain m_keychain;
    bool m_useKeychain = true;
};

} // namespace warden

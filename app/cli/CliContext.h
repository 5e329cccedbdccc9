#pragma once

#include "CoreServices.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>
#include <memory>
#include <optional>

namespace warden {

/// What every wardenctl command shares: the three streams, the global options
/// (--db, --as, --otp, --json, --client-address), the opened core and the signed-in actor.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err, QTextStream& in);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Prints `json` with --json, else `text` (with a final newline).
    void print(const QJsonValue& json, const QString& text);
    /// Prints the refusal's message on standard error; returns its exit code.
    int fail(const Refusal& refusal);
    /// Asks on standard error and reads a line; `secret` turns the terminal's echo off.
    QString prompt(const QString& label, bool secret);
    /// The QR code, secret and otpauth:// URI of a new authenticator enrollment, on stderr.
    void showAuthenticatorSetup(const QString& otpauthUri, const SecretBytes& secret);

    /// Opens the database at --db (or WARDEN_DB, or the default location).
    int openCore();
    /// Opens the database alone, without its key (a computer asking to join, a recovery kit).
    int openDatabase();
    /// Opens the database to read it with no secret at all (an auditor's computer): the keychain is
    /// used for the database password only when there is one.
    int openDatabaseToRead();
    Database& database() { return m_core ? m_core->database() : *m_database; }
    /// Asks for the PostgreSQL password (unless WARDEN_DB_PASSWORD gives it).
    DatabaseConnector::PasswordPrompt databasePasswordPrompt();
    /// Signs in --as EMAIL: resumes the keychain-held session, or asks for the password and code.
    int signIn();
    /// Where the session token of `email` is kept in the keychain.
    QString sessionKey(const QString& email) const;

    CoreServices& core() { return *m_core; }
    [[nodiscard]] bool hasCore() const { return m_core != nullptr; }
    const Actor& actor() const { return *m_actor; }
    bool hasActor() const { return m_actor.has_value(); }

    bool jsonOutput = false;
    QString dbLocation;
    std::optional<QString> asEmail;
    std::optional<QString> otp;
    std::optional<QString> clientAddress;

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<Database> m_database;
    std::optional<Actor> m_actor;
};

} // namespace warden

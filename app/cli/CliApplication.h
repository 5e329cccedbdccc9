#pragma once

#include "CoreServices.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace warden {

/// wardenctl: the scriptable command line over the core services. Parses
/// `wardenctl [global options] <command> [subcommand] [arguments]`, signs in like the GUI does
/// (or resumes a keychain-held session) and prints text or, with --json, JSON.
/// Exit codes: 0 ok, 1 refused (authorization, sign-in, a change request needed, or a rule such
/// as the last Super Administrator), 2 bad input, 3 storage or keychain error, 4 a health report
/// with a failing rule.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode { Ok = 0, Refused = 1, BadInput = 2, StorageError = 3, Unhealthy = 4 };

    CliApplication(QTextStream& out, QTextStream& err, QTextStream& in);
    int run(const QStringList& arguments);

private:
    int dispatch();
    int fail(const Refusal& refusal);
    int usage(const QString& problem = {});
    /// Prints the usage of `verb` (all of it when empty) on standard output; exit code 0.
    int help(const QString& verb);
    /// The commands, in the order the usage lists them.
    static QStringList verbs();
    /// The usage lines of one command; empty for an unknown one.
    static QString verbUsage(const QString& verb);
    /// The usage: synopsis, the commands (all, or `verb`'s) and the exit codes.
    static QString usageText(const QString& verb = {});
    std::optional<QString> option(const QString& name);
    bool flag(const QString& name);
    QString takePositional();
    int openCore();
    int signIn();
    QString prompt(const QString& label, bool secret);
    void print(const QJsonValue& json, const QString& text);

    int cmdInit();
    int cmdDemo();
    int cmdSignin();
    int cmdEnroll();
    /// The QR code, secret and otpauth:// URI of a new authenticator enrollment, on stderr.
    void showAuthenticatorSetup(const QString& otpauthUri, const SecretBytes& secret);
    int cmdSignout();
    int cmdWhoami();
    int cmdTotpCode();
    int cmdDemoCode();
    int cmdAccount();
    int cmdUser();
    int cmdRole();
    int cmdAudit();
    int cmdPartner();
    int cmdExternalAdmin();
    int cmdIpAllowList();
    int cmdDomain();
    int cmdImport();
    int cmdHealth();
    int cmdAdmin();
    int cmdRequest();
    int cmdContact();

    Result<Account> accountOption();
    Result<Role> roleArgument(const Account& account);
    Result<AuthMethod> methodOption();
    Result<qint64> adminArgument(const Account& account);
    std::pair<QString, QString> confirmation();
    int printIssued(const IssuedCredentials& issued, const QString& done);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    QStringList m_args;
    QString m_dbLocation;
    std::optional<QString> m_asEmail;
    std::optional<QString> m_otp;
    std::optional<QString> m_clientAddress;
    bool m_json = false;
    std::unique_ptr<CoreServices> m_core;
    std::optional<Actor> m_actor;
};

} // namespace warden

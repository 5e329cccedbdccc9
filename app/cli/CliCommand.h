#pragma once

#include "CliContext.h"
#include "CliExit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>
#include <optional>
#include <utility>

namespace warden {

/// One wardenctl verb ("role", "admin", …), the way keepassxc-cli has one class per command:
/// its name, its usage, the options its QCommandLineParser knows and what it runs. Verbs with
/// subcommands ("role list", "role add-member") dispatch through subcommand(); their
/// arguments come from the verb's own parser: option(), flag() and takePositional().
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    /// What must be ready before the command runs.
    enum class Needs { Nothing, Database, SignedIn };

    virtual ~CliCommand() = default;

    /// The verb as typed: "role", "external-admin".
    virtual QString name() const = 0;
    /// The verb's usage lines, translated, as `wardenctl help VERB` prints them.
    virtual QString usage() const = 0;
    virtual Needs needs() const { return Needs::SignedIn; }
    /// The verb's own options; the global options are declared for every verb.
    virtual QList<QCommandLineOption> options() const { return {}; }

    /// Runs the verb with the arguments `parser` parsed (the verb itself not among them).
    int run(CliContext& context, const QCommandLineParser& parser);

protected:
    virtual int execute() = 0;

    /// A subcommand: its name and what it runs.
    using Subcommand = std::pair<QString, std::function<int()>>;
    /// Takes the subcommand's name (or `fallback` when none is given) and runs it; an unknown
    /// one is a usage error saying `problem`.
    int subcommand(const QList<Subcommand>& subcommands, const QString& problem, const QString& fallback = {});

    std::optional<QString> option(const QString& name) const;
    bool flag(const QString& name) const;
    /// The next positional argument; empty when there is none left.
    QString takePositional();

    CliContext& context() { return *m_context; }
    CoreServices& core() { return m_context->core(); }
    const Actor& actor() const { return m_context->actor(); }
    void print(const QJsonValue& json, const QString& text) { m_context->print(json, text); }
    int fail(const Refusal& refusal) { return m_context->fail(refusal); }
    /// For a verb whose subcommands need different things: opens the core and signs in, as
    /// `Needs::SignedIn` does before execute().
    int openAndSignIn();
    /// Prints `problem` and this verb's usage on standard error; exit code 2.
    int usageError(const QString& problem);

    /// The account named by --account.
    Result<Account> accountOption();
    /// Runs `step` with the account named by --account, or fails saying why there is none.
    int inAccount(const std::function<int(const Account&)>& step);
    /// The role named by the next positional argument, in `account`.
    Result<Role> roleArgument(const Account& account);
    /// The password and a fresh one-time code of the signed-in administrator, to confirm a
    /// sensitive step (the sign-in's own code is spent, so this asks for the next one).
    std::pair<QString, QString> confirmation();
    /// Prints `done` and, when one was issued, the temporary password (shown once).
    int printIssued(const IssuedCredentials& issued, const QString& done);

    /// Options that take a value, each named as typed after "--".
    static QList<QCommandLineOption> valueOptions(const QStringList& names);
    /// Options that take no value.
    static QList<QCommandLineOption> flags(const QStringList& names);

private:
    CliContext* m_context = nullptr;
    const QCommandLineParser* m_parser = nullptr;
    QStringList m_positional;
};

} // namespace warden

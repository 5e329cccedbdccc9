#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace warden {

class CliCommand;

/// wardenctl: the scriptable command line over the core services. Finds the verb in
/// `wardenctl [global options] <command> [subcommand] [arguments]`, parses the rest with that
/// verb's own QCommandLineParser (global options may stand anywhere), opens the database,
/// signs in like the GUI does (or resumes a keychain-held session) and runs the command, which
/// prints text or, with --json, JSON. `wardenctl help VERB` and `wardenctl VERB --help` print
/// one verb's usage. Exit codes: see CliExit.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(QTextStream& out, QTextStream& err, QTextStream& in);
    ~CliApplication();
    int run(const QStringList& arguments);

private:
    CliCommand* command(const QString& name) const;
    /// Where the verb stands in `arguments`: the first argument that is neither an option nor
    /// an option's value; -1 when there is none.
    qsizetype verbIndex(const QStringList& arguments) const;
    /// Prints the usage of `verb` (all of it when empty) on standard output; exit code 0.
    int help(const QString& verb);
    /// Prints `problem` and the whole usage on standard error; exit code 2.
    int usageError(const QString& problem);
    QStringList allUsages() const;
    static QList<QCommandLineOption> globalOptions();
    /// Reads the global options into the context and starts logging.
    int applyGlobalOptions(const QCommandLineParser& parser);
    int prepare(const CliCommand& command);

    CliContext m_context;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace warden

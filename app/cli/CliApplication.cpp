#include "CliApplication.h"

#include "CliCommand.h"
#include "CliUsage.h"
#include "Logging.h"
#include "commands/AccountCommand.h"
#include "commands/AdminCommand.h"
#include "commands/AuditCommand.h"
#include "commands/ContactCommand.h"
#include "commands/DemoCodeCommand.h"
#include "commands/DemoCommand.h"
#include "commands/DeviceCommand.h"
#include "commands/DomainCommand.h"
#include "commands/EnrollCommand.h"
#include "commands/ExternalAdminCommand.h"
#include "commands/HealthCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InitCommand.h"
#include "commands/IpCommand.h"
#include "commands/KeyCommand.h"
#include "commands/PartnerCommand.h"
#include "commands/RequestCommand.h"
#include "commands/RoleCommand.h"
#include "commands/SigninCommand.h"
#include "commands/SignoutCommand.h"
#include "commands/SyncCommand.h"
#include "commands/TotpCodeCommand.h"
#include "commands/UserCommand.h"
#include "commands/WatchCommand.h"
#include "commands/WhoamiCommand.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <algorithm>

namespace warden {

namespace {

const QString kHelp = QStringLiteral("help");

template<typename... Commands> std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    (commands.push_back(std::make_unique<Commands>()), ...);
    return commands;
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_context(out, err, in)
    // In the order the usage lists them.
    , m_commands(makeCommands<InitCommand, DemoCommand, SigninCommand, SignoutCommand, WhoamiCommand, EnrollCommand,
                              AccountCommand, UserCommand, RoleCommand, AuditCommand, PartnerCommand,
                              ExternalAdminCommand, IpCommand, DomainCommand, ImportCommand, SyncCommand, HealthCommand,
                              AdminCommand, RequestCommand, ContactCommand, DeviceCommand, KeyCommand, WatchCommand,
                              TotpCodeCommand, DemoCodeCommand>())
{ }

CliApplication::~CliApplication() = default;

CliCommand* CliApplication::command(const QString& name) const
{
    const auto found = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                    [&name](const auto& command) { return command->name() == name; });
    return found == m_commands.cend() ? nullptr : found->get();
}

QList<QCommandLineOption> CliApplication::globalOptions()
{
    return {QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("as"), QString(), QStringLiteral("EMAIL")),
            QCommandLineOption(QStringLiteral("otp"), QString(), QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("log-level"), QString(), QStringLiteral("LEVEL")),
            QCommandLineOption(QStringLiteral("client-address"), QString(), QStringLiteral("IP")),
            QCommandLineOption(QStringLiteral("json")),
            QCommandLineOption(QStringList {QStringLiteral("h"), kHelp})};
}

qsizetype CliApplication::verbIndex(const QStringList& arguments) const
{
    // An option takes a value unless some command declares it without one, so an option's value
    // is never taken for the verb, whatever the order ("--as EMAIL role list").
    QStringList flagNames;
    for (const auto& command : m_commands) {
        for (const QCommandLineOption& option : command->options() + globalOptions()) {
            if (option.valueName().isEmpty()) {
                flagNames += option.names();
            }
        }
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-") || !argument.startsWith(QLatin1Char('-'))) {
            return i;
        }
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!flagNames.contains(name) && !name.contains(QLatin1Char('='))) {
            ++i; // skip the option's value
        }
    }
    return -1;
}

QStringList CliApplication::allUsages() const
{
    QStringList usages;
    for (const auto& command : m_commands) {
        usages.append(command->usage());
    }
    return usages;
}

int CliApplication::help(const QString& verb)
{
    if (verb.isEmpty()) {
        m_context.out() << CliUsage::text(allUsages()) << Qt::endl;
        return CliExit::Ok;
    }
    const CliCommand* known = command(verb);
    if (!known) {
        return usageError(tr("Unknown command \"%1\".").arg(verb));
    }
    m_context.out() << CliUsage::text({known->usage()}) << Qt::endl;
    return CliExit::Ok;
}

int CliApplication::usageError(const QString& problem)
{
    if (!problem.isEmpty()) {
        m_context.err() << problem << Qt::endl;
    }
    m_context.err() << CliUsage::text(allUsages()) << Qt::endl;
    return CliExit::BadInput;
}

int CliApplication::run(const QStringList& arguments)
{
    const qsizetype at = verbIndex(arguments);
    const QString verb = at < 0 ? QString() : arguments.at(at);
    QStringList rest = arguments;
    if (at >= 0) {
        rest.removeAt(at);
    }
    // "wardenctl help [VERB]", "wardenctl VERB --help" and "wardenctl --help" print the usage on
    // standard output: all of it, or the verb's.
    if (verb == kHelp) {
        const qsizetype next = verbIndex(rest);
        return help(next < 0 ? QString() : rest.at(next));
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        return help(command(verb) ? verb : QString());
    }
    if (verb.isEmpty() && (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v")))) {
        m_context.out() << "wardenctl " << QStringLiteral(WARDEN_VERSION) << Qt::endl;
        return CliExit::Ok;
    }
    CliCommand* chosen = command(verb);
    if (!chosen) {
        return usageError(verb.isEmpty() ? QString() : tr("Unknown command \"%1\".").arg(verb));
    }
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(globalOptions() + chosen->options());
    if (!parser.parse(QStringList {QStringLiteral("wardenctl")} + rest)) {
        const QStringList unknown = parser.unknownOptionNames();
        m_context.err() << (unknown.isEmpty() ? parser.errorText()
                                              : tr("\"%1\" takes no option \"%2\".").arg(verb, unknown.constFirst()))
                        << Qt::endl
                        << CliUsage::text({chosen->usage()}) << Qt::endl;
        return CliExit::BadInput;
    }
    if (const int applied = applyGlobalOptions(parser); applied != CliExit::Ok) {
        return applied;
    }
    if (const int ready = prepare(*chosen); ready != CliExit::Ok) {
        return ready;
    }
    return chosen->run(m_context, parser);
}

int CliApplication::applyGlobalOptions(const QCommandLineParser& parser)
{
    m_context.jsonOutput = parser.isSet(QStringLiteral("json"));
    const bool levelAsked = parser.isSet(QStringLiteral("log-level"));
    const QString level = levelAsked ? parser.value(QStringLiteral("log-level")) : QStringLiteral("warn");
    if (!Logging::isValidLevel(level)) {
        return usageError(tr("Unknown log level \"%1\" (trace, debug, info, warn, error, critical, off).").arg(level));
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // stderr is for the messages meant for a person; log lines join them only when asked for.
    Logging::initialize(QDir(dataDir).filePath(QStringLiteral("logs")), level,
                        levelAsked ? Logging::Stderr::AtLevel : Logging::Stderr::Off);
    const auto value = [&parser](const QString& name) -> std::optional<QString> {
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    m_context.dbLocation =
        value(QStringLiteral("db")).value_or(qEnvironmentVariable("WARDEN_DB", Database::defaultLocation()));
    m_context.asEmail = value(QStringLiteral("as"));
    m_context.otp = value(QStringLiteral("otp"));
    m_context.clientAddress = value(QStringLiteral("client-address"));
    return CliExit::Ok;
}

int CliApplication::prepare(const CliCommand& command)
{
    if (command.needs() == CliCommand::Needs::Nothing) {
        return CliExit::Ok;
    }
    if (const int opened = m_context.openCore(); opened != CliExit::Ok) {
        return opened;
    }
    if (command.needs() == CliCommand::Needs::Database) {
        return CliExit::Ok;
    }
    if (!m_context.asEmail) {
        return usageError(CliContext::tr("Say who you are with --as EMAIL."));
    }
    return m_context.signIn();
}

} // namespace warden

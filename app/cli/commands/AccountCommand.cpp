#include "AccountCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

QString AccountCommand::name() const
{
    return QStringLiteral("account");
}

QString AccountCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C");
}

QList<QCommandLineOption> AccountCommand::options() const
{
    return valueOptions(
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("parent")});
}

int AccountCommand::execute()
{
    return subcommand({{QStringLiteral("list"), [this] { return list(); }},
                       {QStringLiteral("show"), [this] { return show(); }},
                       {QStringLiteral("create"), [this] { return create(); }}},
                      tr("account takes list, show or create."));
}

int AccountCommand::list()
{
    auto accounts = core().accounts().visibleAccounts(actor());
    if (!accounts) {
        return fail(accounts.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const Account& a : accounts.value()) {
        json.append(QJsonObject {{QStringLiteral("code"), a.code},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("kind"), accountKindKey(a.kind)}});
        lines.append(QStringLiteral("%1  %2  (%3)").arg(a.code.leftJustified(14), a.name, accountKindKey(a.kind)));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int AccountCommand::show()
{
    auto account = core().accounts().find(actor(), takePositional());
    if (!account) {
        return fail(account.refusal());
    }
    auto domains = core().accounts().domains(actor(), account.value().id);
    const QStringList names = domains ? domains.value() : QStringList();
    const Account& a = account.value();
    print(QJsonObject {{QStringLiteral("code"), a.code},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("kind"), accountKindKey(a.kind)},
                       {QStringLiteral("domains"), QJsonArray::fromStringList(names)}},
          tr("%1 — %2 (%3)\nDomains: %4")
              .arg(a.code, a.name, accountKindDisplayName(a.kind), names.join(QStringLiteral(", "))));
    return CliExit::Ok;
}

int AccountCommand::create()
{
    const auto code = option(QStringLiteral("code"));
    const auto name = option(QStringLiteral("name"));
    const auto kind = accountKindFromKey(option(QStringLiteral("kind")).value_or(QString()));
    const QString parent = option(QStringLiteral("parent")).value_or(QString());
    if (!code || !name || !kind) {
        return usageError(tr("account create needs --code, --name and --kind (group or mail_processing)."));
    }
    auto created = core().accounts().create(actor(), *code, *name, *kind, parent);
    if (!created) {
        return fail(created.refusal());
    }
    print(QJsonObject {{QStringLiteral("code"), created.value().code}},
          tr("Created account %1.").arg(created.value().code));
    return CliExit::Ok;
}

} // namespace warden

#include "DomainCommand.h"

#include <QJsonObject>

namespace warden {

QString DomainCommand::name() const
{
    return QStringLiteral("domain");
}

QString DomainCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  domain add|link|unlink --account C DOMAIN");
}

QList<QCommandLineOption> DomainCommand::options() const
{
    return valueOptions({QStringLiteral("account")});
}

int DomainCommand::execute()
{
    const QString sub = takePositional();
    if (sub != QLatin1String("add") && sub != QLatin1String("link") && sub != QLatin1String("unlink")) {
        return usageError(tr("domain needs add, link or unlink."));
    }
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    const QString domain = takePositional();
    AccountService& accounts = core().accounts();
    const qint64 accountId = account.value().id;
    const Status done = sub == QLatin1String("add") ? accounts.addDomain(actor(), accountId, domain)
        : sub == QLatin1String("link")              ? accounts.linkDomain(actor(), domain, accountId)
                                                    : accounts.unlinkDomain(actor(), domain, accountId);
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("account"), account.value().code}, {QStringLiteral("domain"), domain}},
          tr("Done: %1 %2 %3.").arg(sub, domain, account.value().code));
    return CliExit::Ok;
}

} // namespace warden

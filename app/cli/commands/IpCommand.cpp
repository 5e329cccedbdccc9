#include "IpCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

QString IpCommand::name() const
{
    return QStringLiteral("ip");
}

QString IpCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  ip show --account C | set --account C [--partner-exempt] CIDR...");
}

QList<QCommandLineOption> IpCommand::options() const
{
    return valueOptions({QStringLiteral("account")}) + flags({QStringLiteral("partner-exempt")});
}

int IpCommand::execute()
{
    const QString sub = takePositional();
    if (sub != QLatin1String("show") && sub != QLatin1String("set")) {
        return usageError(tr("ip needs show or set."));
    }
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    Result<IpRestrictions> restrictions = Refusal {};
    if (sub == QLatin1String("show")) {
        restrictions = core().accounts().ipRestrictions(actor(), account.value().id);
    } else {
        QStringList ranges;
        for (QString range = takePositional(); !range.isEmpty(); range = takePositional()) {
            ranges.append(range);
        }
        restrictions = core().accounts().setIpRestrictions(actor(), account.value().id, ranges,
                                                           flag(QStringLiteral("partner-exempt")));
    }
    if (!restrictions) {
        return fail(restrictions.refusal());
    }
    const IpRestrictions& r = restrictions.value();
    print(QJsonObject {{QStringLiteral("account"), account.value().code},
                       {QStringLiteral("ranges"), QJsonArray::fromStringList(r.ranges)},
                       {QStringLiteral("partnerSignInExempt"), r.partnerSignInExempt}},
          tr("%1 allows: %2\nPartner sign-in exempt: %3")
              .arg(account.value().code,
                   r.ranges.isEmpty() ? tr("any address (no allow-list)") : r.ranges.join(QStringLiteral(", ")),
                   r.partnerSignInExempt ? tr("yes") : tr("no")));
    return CliExit::Ok;
}

} // namespace warden

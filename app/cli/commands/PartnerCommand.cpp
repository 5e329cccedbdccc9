#include "PartnerCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

QString PartnerCommand::name() const
{
    return QStringLiteral("partner");
}

QString PartnerCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  partner list | delegate --account C PARTNER | revoke --account C PARTNER");
}

QList<QCommandLineOption> PartnerCommand::options() const
{
    return valueOptions({QStringLiteral("account")});
}

int PartnerCommand::execute()
{
    return subcommand({{QStringLiteral("list"), [this] { return list(); }},
                       {QStringLiteral("delegate"), [this] { return setDelegation(true); }},
                       {QStringLiteral("revoke"), [this] { return setDelegation(false); }}},
                      tr("partner needs list, delegate or revoke."));
}

int PartnerCommand::list()
{
    auto partners = core().partners().partners();
    if (!partners) {
        return fail(partners.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const Partner& partner : partners.value()) {
        json.append(QJsonObject {{QStringLiteral("name"), partner.name},
                                 {QStringLiteral("homeAccount"), partner.homeAccountCode}});
        lines.append(QStringLiteral("%1  (%2)").arg(partner.name, partner.homeAccountCode));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int PartnerCommand::setDelegation(bool delegated)
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    auto partner = core().partners().partnerByName(takePositional());
    if (!partner) {
        return fail(partner.refusal());
    }
    const Status done = delegated ? core().partners().delegate(actor(), account.value().id, partner.value().id)
                                  : core().partners().revokeDelegation(actor(), account.value().id, partner.value().id);
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("account"), account.value().code},
                       {QStringLiteral("partner"), partner.value().name},
                       {QStringLiteral("delegated"), delegated}},
          delegated ? tr("%1 now delegates to %2.").arg(account.value().code, partner.value().name)
                    : tr("%1 no longer delegates to %2.").arg(account.value().code, partner.value().name));
    return CliExit::Ok;
}

} // namespace warden

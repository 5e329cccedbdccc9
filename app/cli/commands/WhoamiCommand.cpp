#include "WhoamiCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

QString WhoamiCommand::name() const
{
    return QStringLiteral("whoami");
}

QString WhoamiCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  whoami   who is signed in, and their roles in each account they see");
}

int WhoamiCommand::execute()
{
    QJsonArray accounts;
    QStringList lines {tr("Signed in as %1").arg(actor().email)};
    auto visible = core().accounts().visibleAccounts(actor());
    if (!visible) {
        return fail(visible.refusal());
    }
    for (const Account& a : visible.value()) {
        auto names = core().authorizer().roleNames(actor(), a.id);
        const QStringList roleNames = names ? names.value() : QStringList();
        accounts.append(QJsonObject {{QStringLiteral("code"), a.code},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames)}});
        lines.append(QStringLiteral("  %1 (%2): %3").arg(a.code, a.name, roleNames.join(QStringLiteral(", "))));
    }
    print(QJsonObject {{QStringLiteral("email"), actor().email}, {QStringLiteral("accounts"), accounts}},
          lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

} // namespace warden

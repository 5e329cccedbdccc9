#include "ExternalAdminCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject externalAdminJson(const ExternalAdmin& admin)
{
    return QJsonObject {{QStringLiteral("email"), admin.email},
                        {QStringLiteral("role"), admin.roleName},
                        {QStringLiteral("partner"), admin.partnerName},
                        {QStringLiteral("addedBy"), admin.addedBy},
                        {QStringLiteral("addedAt"), admin.addedAt}};
}

} // namespace

QString ExternalAdminCommand::name() const
{
    return QStringLiteral("external-admin");
}

QString ExternalAdminCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  external-admin list --account C | add --account C --role R EMAIL\n"
              "       change-role --account C --role R EMAIL | remove --account C EMAIL\n"
              "       apply --accounts C1,C2,... --role R EMAIL");
}

QList<QCommandLineOption> ExternalAdminCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("accounts"), QStringLiteral("role")});
}

int ExternalAdminCommand::execute()
{
    return subcommand(
        {{QStringLiteral("apply"), [this] { return apply(); }},
         {QStringLiteral("list"), [this] { return inAccount([this](const Account& a) { return list(a); }); }},
         {QStringLiteral("add"),
          [this] { return inAccount([this](const Account& a) { return addOrChangeRole(a, true); }); }},
         {QStringLiteral("change-role"),
          [this] { return inAccount([this](const Account& a) { return addOrChangeRole(a, false); }); }},
         {QStringLiteral("remove"), [this] { return inAccount([this](const Account& a) { return remove(a); }); }}},
        tr("external-admin needs list, add, change-role, remove or apply."));
}

int ExternalAdminCommand::apply()
{
    const auto accounts = option(QStringLiteral("accounts"));
    const auto role = option(QStringLiteral("role"));
    const QString email = takePositional();
    if (!accounts || !role || email.isEmpty()) {
        return usageError(tr("external-admin apply needs --accounts A,B,C --role ROLE EMAIL."));
    }
    QList<qint64> ids;
    QList<ExternalAdminOutcome> outcomes;
    for (const QString& code : accounts->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto account = core().accounts().find(actor(), code.trimmed());
        if (account) {
            ids.append(account.value().id);
        } else {
            outcomes.append(
                {0, code.trimmed(), false, ExternalAdminOutcome::Change::Refused, account.refusal().message});
        }
    }
    auto applied = core().partners().applyToAccounts(actor(), ids, email, *role);
    if (!applied) {
        return fail(applied.refusal());
    }
    outcomes = applied.value() + outcomes;
    QJsonArray json;
    QStringList lines;
    bool allApplied = true;
    for (const ExternalAdminOutcome& outcome : outcomes) {
        allApplied = allApplied && outcome.applied;
        json.append(QJsonObject {{QStringLiteral("account"), outcome.accountCode},
                                 {QStringLiteral("applied"), outcome.applied},
                                 {QStringLiteral("change"), externalAdminChangeKey(outcome.change)},
                                 {QStringLiteral("message"), outcome.message}});
        lines.append(QStringLiteral("%1  %2  %3")
                         .arg(outcome.accountCode.leftJustified(14),
                              externalAdminChangeKey(outcome.change).leftJustified(12), outcome.message));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return allApplied ? CliExit::Ok : CliExit::Refused;
}

int ExternalAdminCommand::list(const Account& account)
{
    auto admins = core().partners().externalAdmins(actor(), account.id);
    if (!admins) {
        return fail(admins.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const ExternalAdmin& admin : admins.value()) {
        json.append(externalAdminJson(admin));
        lines.append(QStringLiteral("%1  %2  %3  %4 %5")
                         .arg(admin.email.leftJustified(36), admin.roleName.leftJustified(26),
                              admin.partnerName.leftJustified(20), admin.addedBy, admin.addedAt));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int ExternalAdminCommand::addOrChangeRole(const Account& account, bool add)
{
    const auto role = option(QStringLiteral("role"));
    const QString email = takePositional();
    if (!role || email.isEmpty()) {
        return usageError(tr("external-admin %1 needs --account C --role ROLE EMAIL.")
                              .arg(add ? QStringLiteral("add") : QStringLiteral("change-role")));
    }
    auto admin = add ? core().partners().addExternalAdmin(actor(), account.id, email, *role)
                     : core().partners().changeRole(actor(), account.id, email, *role);
    if (!admin) {
        return fail(admin.refusal());
    }
    print(externalAdminJson(admin.value()),
          tr("%1 is an external administrator of %2 as %3.")
              .arg(admin.value().email, account.code, admin.value().roleName));
    return CliExit::Ok;
}

int ExternalAdminCommand::remove(const Account& account)
{
    const QString email = takePositional();
    if (auto removed = core().partners().removeExternalAdmin(actor(), account.id, email); !removed) {
        return fail(removed.refusal());
    }
    print(QJsonObject {{QStringLiteral("removed"), email}},
          tr("%1 is no longer an external administrator of %2.").arg(email, account.code));
    return CliExit::Ok;
}

} // namespace warden

#include "AdminCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QString secondFactorKey(SecondFactorState state)
{
    switch (state) {
    case SecondFactorState::IdentityProvider:
        return QStringLiteral("identity-provider");
    case SecondFactorState::Enrolled:
        return QStringLiteral("totp");
    case SecondFactorState::PendingEnrollment:
        return QStringLiteral("pending");
    case SecondFactorState::NotSetUp:
        return QStringLiteral("none");
    }
    return {};
}

QJsonObject administratorJson(const AdministratorSummary& admin)
{
    return QJsonObject {{QStringLiteral("email"), admin.email},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(admin.roles)},
                        {QStringLiteral("authMethod"), authMethodKey(admin.authMethod)},
                        {QStringLiteral("secondFactor"), secondFactorKey(admin.secondFactor)},
                        {QStringLiteral("lastSignIn"), admin.lastSignIn},
                        {QStringLiteral("backup"), admin.isBackup}};
}

} // namespace

QString AdminCommand::name() const
{
    return QStringLiteral("admin");
}

QString AdminCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  admin list --account C | add --account C --role R [--method sso|local_password] EMAIL\n"
              "       edit --account C --roles R1,R2 [--method M] EMAIL | reset-password|delete --account C EMAIL\n"
              "       backup --account C EMAIL on|off | reveal|rotate --account C EMAIL [--confirm-otp CODE]");
}

QList<QCommandLineOption> AdminCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("role"), QStringLiteral("roles"),
                         QStringLiteral("method"), QStringLiteral("confirm-otp")});
}

int AdminCommand::execute()
{
    const auto ofAdmin = [this](int (AdminCommand::*step)(const Account&, qint64)) {
        return withAdmin(
            [this, step](const Account& account, qint64 userId) { return (this->*step)(account, userId); });
    };
    AdminService& admins = core().admins();
    const auto resetPassword = [this, &admins](const Account& account, qint64 userId) {
        auto issued = admins.resetPassword(actor(), account.id, userId);
        return issued ? printIssued(issued.value(), tr("Password reset; the second factor is enrolled again."))
                      : fail(issued.refusal());
    };
    const auto deleteAdmin = [this, &admins](const Account& account, qint64 userId) {
        const Status done = admins.deleteAdministrator(actor(), account.id, userId);
        return done ? CliExit::Ok : fail(done.refusal());
    };
    const auto rotate = [this](const Account& account, qint64 userId) {
        const Status done = core().backupCredentials().rotateBackupCredential(actor(), account.id, userId);
        return done ? CliExit::Ok : fail(done.refusal());
    };
    return subcommand(
        {{QStringLiteral("list"), [this] { return inAccount([this](const Account& a) { return list(a); }); }},
         {QStringLiteral("add"), [this] { return inAccount([this](const Account& a) { return add(a); }); }},
         {QStringLiteral("edit"), [ofAdmin] { return ofAdmin(&AdminCommand::edit); }},
         {QStringLiteral("reset-password"), [=, this] { return withAdmin(resetPassword); }},
         {QStringLiteral("delete"), [=, this] { return withAdmin(deleteAdmin); }},
         {QStringLiteral("backup"), [ofAdmin] { return ofAdmin(&AdminCommand::setBackup); }},
         {QStringLiteral("rotate"), [=, this] { return withAdmin(rotate); }},
         {QStringLiteral("reveal"), [ofAdmin] { return ofAdmin(&AdminCommand::reveal); }}},
        tr("admin takes list, add, edit, reset-password, delete, backup, rotate or reveal."));
}

Result<AuthMethod> AdminCommand::methodOption()
{
    const QString key = option(QStringLiteral("method")).value_or(QStringLiteral("local_password"));
    if (auto method = authMethodFromKey(key)) {
        return *method;
    }
    return Refusal {Refusal::Kind::BadInput, tr("--method is sso or local_password, not \"%1\".").arg(key)};
}

int AdminCommand::withAdmin(const std::function<int(const Account&, qint64)>& then)
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    auto user = core().directory().find(actor(), takePositional());
    if (!user) {
        return fail(user.refusal());
    }
    if (user.value().accountId != account.value().id) {
        return fail(Refusal {Refusal::Kind::BadInput,
                             tr("%1 is not in %2's directory.").arg(user.value().email, account.value().code)});
    }
    return then(account.value(), user.value().id);
}

int AdminCommand::list(const Account& account)
{
    auto list = core().admins().administrators(actor(), account.id);
    if (!list) {
        return fail(list.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const AdministratorSummary& admin : list.value()) {
        json.append(administratorJson(admin));
        lines.append(QStringLiteral("%1  %2  %3/%4%5")
                         .arg(admin.email.leftJustified(36), admin.roles.join(QStringLiteral(", ")),
                              authMethodKey(admin.authMethod), secondFactorKey(admin.secondFactor),
                              admin.isBackup ? QStringLiteral("  backup") : QString()));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int AdminCommand::add(const Account& account)
{
    auto role = core().roles().roleByName(actor(), account.id, option(QStringLiteral("role")).value_or(QString()));
    auto method = methodOption();
    if (!role || !method) {
        return fail(!role ? role.refusal() : method.refusal());
    }
    auto issued =
        core().admins().addAdministrator(actor(), account.id, takePositional(), role.value().id, method.value());
    return issued ? printIssued(issued.value(), tr("Added.")) : fail(issued.refusal());
}

int AdminCommand::edit(const Account& account, qint64 userId)
{
    QList<qint64> roleIds;
    for (const QString& name :
         option(QStringLiteral("roles")).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto role = core().roles().roleByName(actor(), account.id, name.trimmed());
        if (!role) {
            return fail(role.refusal());
        }
        roleIds.append(role.value().id);
    }
    auto method = methodOption();
    if (!method) {
        return fail(method.refusal());
    }
    auto issued = core().admins().editAdministrator(actor(), account.id, userId, roleIds, method.value());
    return issued ? printIssued(issued.value(), tr("Saved.")) : fail(issued.refusal());
}

int AdminCommand::setBackup(const Account& account, qint64 userId)
{
    const QString state = takePositional();
    if (state != QLatin1String("on") && state != QLatin1String("off")) {
        return usageError(tr("admin backup EMAIL on|off"));
    }
    const Status done = core().backupCredentials().setBackup(actor(), account.id, userId, state == QLatin1String("on"));
    return done ? CliExit::Ok : fail(done.refusal());
}

int AdminCommand::reveal(const Account& account, qint64 userId)
{
    auto [password, code] = confirmation();
    auto revealed = core().backupCredentials().revealBackupCredential(actor(), account.id, userId, password, code);
    password.fill(QLatin1Char('\0'));
    if (!revealed) {
        return fail(revealed.refusal());
    }
    print(QJsonObject {{QStringLiteral("credential"), revealed.value()}}, revealed.value());
    return CliExit::Ok;
}

} // namespace warden

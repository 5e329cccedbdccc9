#include "RoleCommand.h"

#include "UserCommand.h"
#include "domain/BuiltInRoles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject roleSummaryJson(const Role& role)
{
    return QJsonObject {{QStringLiteral("name"), role.name},
                        {QStringLiteral("builtIn"), role.isBuiltIn()},
                        {QStringLiteral("protected"), role.isProtected()},
                        {QStringLiteral("members"), role.memberCount}};
}

QString matrixText(const PermissionSet& permissions)
{
    QStringList lines;
    lines.append(QStringLiteral("%1  R C E D T").arg(QString().leftJustified(44)));
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<AppArea>(i);
        QString row = areaDisplayName(area).leftJustified(44) + QStringLiteral(" ");
        for (const Verb verb : kVerbOrder) {
            row += permissions.allows(area, verb) ? QStringLiteral(" x") : QStringLiteral(" .");
        }
        lines.append(row);
    }
    QStringList flags;
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (permissions.hasProtected(flag)) {
            flags.append(protectedDisplayName(flag));
        }
    }
    lines.append(RoleCommand::tr("Protected permissions: %1")
                     .arg(flags.isEmpty() ? RoleCommand::tr("none") : flags.join(QStringLiteral(", "))));
    lines.append(RoleCommand::tr("Role management: %1").arg(managementLevelDisplayName(permissions.managementLevel())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString RoleCommand::name() const
{
    return QStringLiteral("role");
}

QString RoleCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  role list --account C | show --account C ROLE | members --account C ROLE\n"
              "       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL\n"
              "       create --account C NAME [--description D] [--permissions JSON]\n"
              "       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]");
}

QList<QCommandLineOption> RoleCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("description"), QStringLiteral("permissions")})
        + flags({QStringLiteral("remove-members")});
}

int RoleCommand::execute()
{
    const auto ofRole = [this](int (RoleCommand::*step)(const Role&)) {
        return withRole([this, step](const Role& role) { return (this->*step)(role); });
    };
    return subcommand(
        {{QStringLiteral("list"), [this] { return inAccount([this](const Account& a) { return list(a); }); }},
         {QStringLiteral("create"), [this] { return inAccount([this](const Account& a) { return create(a); }); }},
         {QStringLiteral("show"), [ofRole] { return ofRole(&RoleCommand::show); }},
         {QStringLiteral("members"), [ofRole] { return ofRole(&RoleCommand::members); }},
         {QStringLiteral("add-member"), [ofRole] { return ofRole(&RoleCommand::addMembers); }},
         {QStringLiteral("remove-member"), [ofRole] { return ofRole(&RoleCommand::removeMember); }},
         {QStringLiteral("copy"), [ofRole] { return ofRole(&RoleCommand::copy); }},
         {QStringLiteral("delete"), [ofRole] { return ofRole(&RoleCommand::remove); }}},
        tr("role takes list, show, members, add-member, remove-member, create, copy or delete."));
}

int RoleCommand::withRole(const std::function<int(const Role&)>& then)
{
    return inAccount([this, &then](const Account& account) {
        auto role = roleArgument(account);
        return role ? then(role.value()) : fail(role.refusal());
    });
}

int RoleCommand::list(const Account& account)
{
    auto list = core().roles().roles(actor(), account.id);
    if (!list) {
        return fail(list.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const Role& r : list.value()) {
        json.append(roleSummaryJson(r));
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(r.isProtected() ? QStringLiteral("[protected]") : QStringLiteral("           "),
                              r.name.leftJustified(40), tr("%n member(s)", nullptr, r.memberCount)));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int RoleCommand::create(const Account& account)
{
    const QString name = takePositional();
    const QString description = option(QStringLiteral("description")).value_or(QString());
    PermissionSet permissions;
    if (const auto text = option(QStringLiteral("permissions"))) {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
        QString problem = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString();
        std::optional<PermissionSet> parsed;
        if (problem.isEmpty()) {
            parsed = PermissionSet::fromJson(doc.object(), &problem);
        }
        if (!parsed) {
            return fail(Refusal {Refusal::Kind::BadInput, tr("--permissions: %1").arg(problem)});
        }
        permissions = *parsed;
    }
    auto created = core().roles().createRole(actor(), account.id, name, description, permissions);
    if (!created) {
        return fail(created.refusal());
    }
    print(roleSummaryJson(created.value()), tr("Created role \"%1\".").arg(created.value().name));
    return CliExit::Ok;
}

int RoleCommand::show(const Role& role)
{
    QJsonObject json = roleSummaryJson(role);
    json.insert(QStringLiteral("description"), role.description);
    json.insert(QStringLiteral("permissions"), role.permissions.toJson());
    print(json,
          QStringLiteral("%1%2\n%3\n\n%4")
              .arg(role.name, role.isProtected() ? tr(" (protected)") : QString(), role.description,
                   matrixText(role.permissions)));
    return CliExit::Ok;
}

int RoleCommand::members(const Role& role)
{
    QJsonArray json;
    QStringList lines;
    QString after;
    for (;;) {
        auto page = core().roles().members(actor(), role.id, after, 500);
        if (!page) {
            return fail(page.refusal());
        }
        for (const User& u : page.value().members) {
            json.append(UserCommand::json(u));
            lines.append(QStringLiteral("%1  %2").arg(u.email.leftJustified(36), u.displayName));
        }
        if (!page.value().hasMore) {
            break;
        }
        after = page.value().nextAfterEmail;
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int RoleCommand::addMembers(const Role& role)
{
    QStringList emails;
    for (QString email = takePositional(); !email.isEmpty(); email = takePositional()) {
        emails.append(email);
    }
    auto change = core().roles().addMembers(actor(), role.id, emails);
    if (!change) {
        return fail(change.refusal());
    }
    const MembershipChange& done = change.value();
    print(QJsonObject {{QStringLiteral("added"), QJsonArray::fromStringList(done.added)},
                       {QStringLiteral("alreadyMembers"), QJsonArray::fromStringList(done.alreadyMembers)},
                       {QStringLiteral("withoutSignIn"), QJsonArray::fromStringList(done.withoutSignIn)}},
          tr("Added %n user(s) to \"%1\".", nullptr, int(done.added.size())).arg(role.name)
              + (done.alreadyMembers.isEmpty()
                     ? QString()
                     : tr(" Already members: %1.").arg(done.alreadyMembers.join(QStringLiteral(", "))))
              + (done.withoutSignIn.isEmpty()
                     ? QString()
                     : tr(" No sign-in method yet (they cannot sign in until one is set with \"wardenctl admin\"): "
                          "%1.")
                           .arg(done.withoutSignIn.join(QStringLiteral(", ")))));
    return CliExit::Ok;
}

int RoleCommand::removeMember(const Role& role)
{
    const QString email = takePositional();
    if (auto done = core().roles().removeMember(actor(), role.id, email); !done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("removed"), email}, {QStringLiteral("role"), role.name}},
          tr("Removed %1 from \"%2\".").arg(email, role.name));
    return CliExit::Ok;
}

int RoleCommand::copy(const Role& role)
{
    auto copy = core().roles().copyRole(actor(), role.id, takePositional());
    if (!copy) {
        return fail(copy.refusal());
    }
    print(roleSummaryJson(copy.value()), tr("Copied \"%1\" to \"%2\".").arg(role.name, copy.value().name));
    return CliExit::Ok;
}

int RoleCommand::remove(const Role& role)
{
    if (auto done = core().roles().deleteRole(actor(), role.id, flag(QStringLiteral("remove-members"))); !done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("deleted"), role.name}}, tr("Deleted role \"%1\".").arg(role.name));
    return CliExit::Ok;
}

} // namespace warden

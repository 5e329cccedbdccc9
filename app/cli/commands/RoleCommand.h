#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl role`: an account's admin roles — list, show, members, add and remove members, create, copy, delete.
class RoleCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoleCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    /// Runs `then` with the account of --account and the role named next.
    int withRole(const std::function<int(const Role&)>& then);
    int list(const Account& account);
    int create(const Account& account);
    int show(const Role& role);
    int members(const Role& role);
    int addMembers(const Role& role);
    int removeMember(const Role& role);
    int copy(const Role& role);
    int remove(const Role& role);
};

} // namespace warden

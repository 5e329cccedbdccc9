#pragma once

namespace warden {

/// Everything a service may be asked to do; the Authorizer decides each one per account.
enum class Action {
    ViewAccount,
    CreateNestedAccount,
    EditAccountSettings,
    ViewDirectory,
    EditDirectory,
    ViewRoles,
    CreateRole,
    EditRole,
    DeleteRole,
    AddRoleMember,
    RemoveRoleMember,
    ManageAdministrators,
    ViewAdministrators,
    ViewExternalAdministrators,
    ManageExternalAdministrators,
    EditAccountHierarchy,
    ImportDirectory,
    ViewAuditLog,
    ViewDirectorySync,
    ConfigureDirectorySync,
    RunDirectorySync,
};

} // namespace warden

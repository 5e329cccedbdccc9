#pragma once

namespace warden {

struct Account;
struct Role;
struct User;

/// What the Admin Roles tree has selected, as the commands need it: the account whenever
/// anything is selected, the role when a role or one of its members is, the member when a
/// member is. The pointers belong to the tree's model and last until it next changes.
struct TreeSelection
{
    const Account* account = nullptr;
    const Role* role = nullptr;
    const User* member = nullptr;
};

} // namespace warden

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Account</name>
    <message>
        <source>Standard account</source>
        <translation>Compte standard</translation>
    </message>
    <message>
        <source>Master account</source>
        <translation>Compte maître</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Mail-processing account</source>
        <translation>Compte de traitement du courrier</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C</translation>
    </message>
    <message>
        <source>account takes list, show or create.</source>
        <translation>account accepte list, show ou create.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Domains: %4</source>
        <translation>%1 — %2 (%3)
Domaines : %4</translation>
    </message>
    <message>
        <source>account create needs --code, --name and --kind (group or mail_processing).</source>
        <translation>account create exige --code, --name et --kind (group ou mail_processing).</translation>
    </message>
    <message>
        <source>Created account %1.</source>
        <translation>Compte %1 créé.</translation>
    </message>
</context>
<context>
    <name>AccountContactService</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 is already a contact of this account.</source>
        <translation>%1 est déjà un contact de ce compte.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>The contact %1 was changed by %2 at %3 — reload it and make your change again; nothing was saved.</source>
        <translation>Le contact %1 a été modifié par %2 à %3 — rechargez-le et refaites votre modification ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>AccountContactsDialog</name>
    <message>
        <source>Account Contacts</source>
        <translation>Contacts du compte</translation>
    </message>
    <message>
        <source>The people this account names for approvals. Only contacts of Director level or higher may approve protected-role change requests, and never their own.</source>
        <translation>Les personnes que ce compte désigne pour les approbations. Seuls les contacts de niveau directeur ou supérieur peuvent approuver les demandes de changement de rôles protégés, et jamais les leurs.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Director level or higher (may approve protected-role changes)</source>
        <translation>Niveau &amp;directeur ou supérieur (peut approuver les changements de rôles protégés)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Account contacts</source>
        <translation>Contacts du compte</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>An account code has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Un code de compte comporte de 2 à 32 lettres, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>Accounts can be nested only under a master account or a group.</source>
        <translation>Les comptes ne peuvent être imbriqués que sous un compte maître ou un groupe.</translation>
    </message>
    <message>
        <source>Only groups and mail-processing accounts can be nested under another account.</source>
        <translation>Seuls les groupes et comptes de traitement du courrier peuvent être imbriqués sous un autre compte.</translation>
    </message>
    <message>
        <source>Groups and mail-processing accounts must be nested under a master account.</source>
        <translation>Les groupes et comptes de traitement du courrier doivent être imbriqués sous un compte maître.</translation>
    </message>
    <message>
        <source>Top-level accounts are created by the service provider, not from inside an account.</source>
        <translation>Les comptes de premier niveau sont créés par le fournisseur de service, pas depuis un compte.</translation>
    </message>
    <message>
        <source>The account code &quot;%1&quot; is already in use.</source>
        <translation>Le code de compte « %1 » est déjà utilisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>« %1 » n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>Mail-processing accounts cannot add domains; add the domain on the master account and link it.</source>
        <translation>Les comptes de traitement du courrier ne peuvent pas ajouter de domaines ; ajoutez le domaine sur le compte maître puis liez-le.</translation>
    </message>
    <message>
        <source>The domain %1 is already registered.</source>
        <translation>Le domaine %1 est déjà enregistré.</translation>
    </message>
    <message>
        <source>The domain %1 is not registered on any account.</source>
        <translation>Le domaine %1 n’est enregistré sur aucun compte.</translation>
    </message>
    <message>
        <source>Domains are linked only to mail-processing accounts; %1 is a %2 account.</source>
        <translation>Les domaines ne sont liés qu’aux comptes de traitement du courrier ; %1 est un compte de type %2.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is not above %3 in the hierarchy; a domain can only be linked down its own master&apos;s tree.</source>
        <translation>%1 appartient à %2, qui n’est pas au-dessus de %3 dans la hiérarchie ; un domaine ne peut être lié que dans l’arborescence de son propre compte maître.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 est déjà lié à %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to %2.</source>
        <translation>%1 n’est pas lié à %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The allow-list was not saved: %1</source>
        <translation>La liste d’autorisation n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The allow-list was not saved: it would lock you out, because the address you connect from (%1) is in none of its ranges. Add a range that contains it.</source>
        <translation>La liste d’autorisation n’a pas été enregistrée : elle vous bloquerait, car l’adresse depuis laquelle vous vous connectez (%1) n’est dans aucune de ses plages. Ajoutez une plage qui la contient.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The settings of %1 were changed by %2 at %3 — reload them and make your change again; nothing was saved.</source>
        <translation>Les paramètres de %1 ont été modifiés par %2 le %3 — rechargez-les et refaites votre modification ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>There is no account with the code &quot;%1&quot;.</source>
        <translation>Aucun compte n’a le code « %1 ».</translation>
    </message>
</context>
<context>
    <name>AddAdminDialog</name>
    <message>
        <source>Add New Admin</source>
        <translation>Ajouter un administrateur</translation>
    </message>
    <message>
        <source>&amp;Search the directory by address or name:</source>
        <translation>&amp;Rechercher dans l’annuaire par adresse ou nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
</context>
<context>
    <name>AddExternalAdminDialog</name>
    <message>
        <source>Add External Admin</source>
        <translation>Ajouter un administrateur externe</translation>
    </message>
    <message>
        <source>External Admin Permissions</source>
        <translation>Autorisations de l’administrateur externe</translation>
    </message>
    <message>
        <source>External admin &amp;email address:</source>
        <translation>Adresse &amp;e-mail de l’administrateur externe :</translation>
    </message>
    <message>
        <source>Select &amp;role:</source>
        <translation>Choisir le &amp;rôle :</translation>
    </message>
</context>
<context>
    <name>AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role</source>
        <translation>Ajouter un utilisateur au rôle</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Tout sélectionner (affichés)</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>  admin list --account C | add --account C --role R [--method sso|local_password] EMAIL
       edit --account C --roles R1,R2 [--method M] EMAIL | reset-password|delete --account C EMAIL
       backup --account C EMAIL on|off | reveal|rotate --account C EMAIL [--confirm-otp CODE]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  admin list --account C | add --account C --role R [--method sso|local_password] EMAIL
       edit --account C --roles R1,R2 [--method M] EMAIL | reset-password|delete --account C EMAIL
       backup --account C EMAIL on|off | reveal|rotate --account C EMAIL [--confirm-otp CODE]</translation>
    </message>
    <message>
        <source>Password reset; the second factor is enrolled again.</source>
        <translation>Mot de passe réinitialisé ; le second facteur sera enrôlé de nouveau.</translation>
    </message>
    <message>
        <source>admin takes list, add, edit, reset-password, delete, backup, rotate or reveal.</source>
        <translation>admin accepte list, add, edit, reset-password, delete, backup, rotate ou reveal.</translation>
    </message>
    <message>
        <source>--method is sso or local_password, not &quot;%1&quot;.</source>
        <translation>--method vaut sso ou local_password, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not in %2&apos;s directory.</source>
        <translation>%1 n’est pas dans l’annuaire de %2.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Ajouté.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>admin backup EMAIL on|off</source>
        <translation>admin backup EMAIL on|off</translation>
    </message>
</context>
<context>
    <name>AdminManagementDialog</name>
    <message>
        <source>Admin Management</source>
        <translation>Gestion des administrateurs</translation>
    </message>
    <message>
        <source>&amp;Add New Admin…</source>
        <translation>&amp;Ajouter un administrateur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Mark as &amp;Backup Account…</source>
        <translation>Marquer comme compte de &amp;secours…</translation>
    </message>
    <message>
        <source>Re&amp;veal Credential…</source>
        <translation>A&amp;fficher les identifiants…</translation>
    </message>
    <message>
        <source>R&amp;otate Credential…</source>
        <translation>&amp;Renouveler les identifiants…</translation>
    </message>
    <message>
        <source>A&amp;dministrators</source>
        <translation>A&amp;dministrateurs</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>Password and authenticator app</source>
        <translation>Mot de passe et application d’authentification</translation>
    </message>
    <message>
        <source>Single sign-on (SSO)</source>
        <translation>Authentification unique (SSO)</translation>
    </message>
    <message>
        <source>%1 belongs to another account&apos;s directory; add administrators from this account&apos;s directory.</source>
        <translation>%1 appartient à l’annuaire d’un autre compte ; ajoutez des administrateurs depuis l’annuaire de ce compte.</translation>
    </message>
    <message>
        <source>%1 is disabled in the directory; enable them first.</source>
        <translation>%1 est désactivé dans l’annuaire ; réactivez-le d’abord.</translation>
    </message>
    <message>
        <source>That role belongs to another account.</source>
        <translation>Ce rôle appartient à un autre compte.</translation>
    </message>
    <message>
        <source>%1 is already an administrator of this account (%2); use Edit to change their roles.</source>
        <translation>%1 est déjà administrateur de ce compte (%2) ; modifiez ses rôles avec Modifier.</translation>
    </message>
    <message>
        <source>The new administrator could not be read back.</source>
        <translation>Le nouvel administrateur n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>An administrator needs at least one role; use Delete to remove %1 as an administrator.</source>
        <translation>Un administrateur doit avoir au moins un rôle ; utilisez Supprimer pour retirer %1 des administrateurs.</translation>
    </message>
    <message>
        <source>%1 is a backup account, which keeps a local password to survive an identity-provider outage; unmark it as a backup first.</source>
        <translation>%1 est un compte de secours, qui garde un mot de passe local pour survivre à une panne du fournisseur d’identité ; retirez d’abord ce statut.</translation>
    </message>
    <message>
        <source>The administrator could not be read back.</source>
        <translation>L’administrateur n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>%1 has no sign-in method yet; use Edit to choose one.</source>
        <translation>%1 n’a pas encore de méthode de connexion ; choisissez-en une avec Modifier.</translation>
    </message>
    <message>
        <source>%1 signs in through the identity provider (SSO) and has no Warden password to reset.</source>
        <translation>%1 se connecte via le fournisseur d’identité (SSO) et n’a pas de mot de passe Warden à réinitialiser.</translation>
    </message>
    <message>
        <source>%1 is a backup account: rotate its credential instead, so the keychain keeps the password.</source>
        <translation>%1 est un compte de secours : renouvelez plutôt ses identifiants, pour que le trousseau garde le mot de passe.</translation>
    </message>
    <message>
        <source>You cannot delete yourself; ask another Super Administrator.</source>
        <translation>Vous ne pouvez pas vous supprimer vous-même ; demandez à un autre super-administrateur.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be deleted. Add another Super Administrator first.</source>
        <translation>%1 est le dernier super-administrateur de ce compte et ne peut pas être supprimé. Ajoutez d’abord un autre super-administrateur.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 est le dernier super-administrateur de ce compte et ne peut pas être retiré. Ajoutez d’abord un autre super-administrateur.</translation>
    </message>
    <message>
        <source>%1 holds the protected role &quot;%2&quot;: to reset their password, file a change request for an account contact of Director level or higher to approve.</source>
        <translation>%1 détient le rôle protégé « %2 » : pour réinitialiser son mot de passe, déposez une demande de changement qu’un contact du compte de niveau directeur ou supérieur approuvera.</translation>
    </message>
    <message>
        <source>%1 holds the protected role &quot;%2&quot;: to remove them, file a change request for an account contact of Director level or higher to approve.</source>
        <translation>%1 détient le rôle protégé « %2 » : pour le retirer, déposez une demande de changement qu’un contact du compte de niveau directeur ou supérieur approuvera.</translation>
    </message>
</context>
<context>
    <name>AdministratorStore</name>
    <message>
        <source>That user holds no role in this account.</source>
        <translation>Cet utilisateur n’a aucun rôle dans ce compte.</translation>
    </message>
</context>
<context>
    <name>ApplyExternalAdminDialog</name>
    <message>
        <source>Apply External Admin to Accounts</source>
        <translation>Appliquer un administrateur externe à des comptes</translation>
    </message>
    <message>
        <source>Add one external administrator to every selected customer account in one step, or change their role where they are already listed. Each account is changed on its own; the results show which accounts refused and why.</source>
        <translation>Ajoutez en une seule étape un administrateur externe à chaque compte client sélectionné, ou changez son rôle là où il figure déjà. Chaque compte est modifié séparément ; les résultats indiquent quels comptes ont refusé et pourquoi.</translation>
    </message>
    <message>
        <source>External admin &amp;email address:</source>
        <translation>Adresse &amp;e-mail de l’administrateur externe :</translation>
    </message>
    <message>
        <source>Select &amp;role:</source>
        <translation>Choisir le &amp;rôle :</translation>
    </message>
    <message>
        <source>Customer acc&amp;ounts:</source>
        <translation>C&amp;omptes clients :</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>Customer accounts</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <source>Result per account</source>
        <translation>Résultat par compte</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>You hold no administrator role.</source>
        <translation>Vous n’avez aucun rôle d’administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <translation>
            <numerusform>Le journal d’audit est intact (%n entrée vérifiée).</numerusform>
            <numerusform>Le journal d’audit est intact (%n entrées vérifiées).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: %2</source>
        <translation>Le journal d’audit a été altéré à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>  audit list [--actor A] [--action A] [--target T] [--affected PERSON_OR_ROLE] [--limit N]
  audit export [--format csv|jsonl] [--output FILE]
  audit verify [--file EXPORT.jsonl]
  audit checkpoint
  audit prove SEQ</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  audit list [--actor A] [--action A] [--target T] [--affected PERSON_OR_ROLE] [--limit N]
  audit export [--format csv|jsonl] [--output FILE]
  audit verify [--file EXPORT.jsonl]
  audit checkpoint
  audit prove SEQ</translation>
    </message>
    <message>
        <source>audit takes list, verify, checkpoint, prove or export.</source>
        <translation>audit attend list, verify, checkpoint, prove ou export.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries, written before entries were signed, were also checked with the database key.</source>
        <translation>
            <numerusform>La première entrée, écrite avant que les entrées soient signées, a aussi été vérifiée avec la clé de la base.</numerusform>
            <numerusform>Les %n premières entrées, écrites avant que les entrées soient signées, ont aussi été vérifiées avec la clé de la base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries were written before entries were signed: they are checked by the hash chain that the signed entries continue.</source>
        <translation>
            <numerusform>La première entrée a été écrite avant que les entrées soient signées : elle est vérifiée par la chaîne de hachage que les entrées signées prolongent.</numerusform>
            <numerusform>Les %n premières entrées ont été écrites avant que les entrées soient signées : elles sont vérifiées par la chaîne de hachage que les entrées signées prolongent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be checked: %1</source>
        <translation>Le journal d’audit ne peut pas être vérifié : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n entries, Merkle root %1, signed by computer %2.</source>
        <translation>
            <numerusform>Point de contrôle de %n entrée, racine de Merkle %1, signé par l’ordinateur %2.</numerusform>
            <numerusform>Point de contrôle de %n entrées, racine de Merkle %1, signé par l’ordinateur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which entry: audit prove SEQ.</source>
        <translation>Indiquez l’entrée : audit prove SEQ.</translation>
    </message>
    <message>
        <source>Entry %1 (hash %2) is in the checkpoint of %3 entries (root %4):</source>
        <translation>L’entrée %1 (hachage %2) figure dans le point de contrôle de %3 entrées (racine %4) :</translation>
    </message>
    <message>
        <source>The proof checks out.</source>
        <translation>La preuve est valide.</translation>
    </message>
    <message>
        <source>The proof does NOT check out.</source>
        <translation>La preuve n’est PAS valide.</translation>
    </message>
    <message>
        <source>--format takes csv or jsonl.</source>
        <translation>--format attend csv ou jsonl.</translation>
    </message>
    <message>
        <source>Signatures checked: %1 (and %2 this computer had checked before). Checkpoints checked: %3. Merkle root: %4.</source>
        <translation>Signatures vérifiées : %1 (et %2 que cet ordinateur avait déjà vérifiées). Points de contrôle vérifiés : %3. Racine de Merkle : %4.</translation>
    </message>
    <message>
        <source>Computers that registered their own signing key, vouched for by no other computer: %1.</source>
        <translation>Ordinateurs ayant enregistré eux-mêmes leur clé de signature, sans garantie d’un autre ordinateur : %1.</translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>%1 created the role %2</source>
        <translation>%1 a créé le rôle %2</translation>
    </message>
    <message>
        <source>%1 changed the role %2</source>
        <translation>%1 a modifié le rôle %2</translation>
    </message>
    <message>
        <source>%1 deleted the role %2</source>
        <translation>%1 a supprimé le rôle %2</translation>
    </message>
    <message>
        <source>%1 added %2 to the directory</source>
        <translation>%1 a ajouté %2 à l’annuaire</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 a désactivé %2</translation>
    </message>
    <message>
        <source>%1 enabled %2</source>
        <translation>%1 a activé %2</translation>
    </message>
    <message>
        <source>%1 moved %2 to this account</source>
        <translation>%1 a déplacé %2 dans ce compte</translation>
    </message>
    <message>
        <source>%1 changed the primary address to %2</source>
        <translation>%1 a changé l’adresse principale en %2</translation>
    </message>
    <message>
        <source>%1 changed the sign-in name (UPN) of %2</source>
        <translation>%1 a modifié le nom de connexion (UPN) de %2</translation>
    </message>
    <message>
        <source>%1 imported users into %2</source>
        <translation>%1 a importé des utilisateurs dans %2</translation>
    </message>
    <message>
        <source>%1 made %2 an administrator</source>
        <translation>%1 a fait de %2 un administrateur</translation>
    </message>
    <message>
        <source>%1 changed the administrator %2</source>
        <translation>%1 a modifié l’administrateur %2</translation>
    </message>
    <message>
        <source>%1 deleted the administrator %2</source>
        <translation>%1 a supprimé l’administrateur %2</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 a réinitialisé le mot de passe de %2</translation>
    </message>
    <message>
        <source>%1 made %2 a backup administrator</source>
        <translation>%1 a fait de %2 un administrateur de secours</translation>
    </message>
    <message>
        <source>%1 made %2 no longer a backup administrator</source>
        <translation>%1 a retiré à %2 le statut d’administrateur de secours</translation>
    </message>
    <message>
        <source>%1 replaced the backup credential of %2</source>
        <translation>%1 a remplacé les identifiants de secours de %2</translation>
    </message>
    <message>
        <source>%1 revealed the backup credential of %2</source>
        <translation>%1 a affiché les identifiants de secours de %2</translation>
    </message>
    <message>
        <source>%1 tested the backup access of %2</source>
        <translation>%1 a testé l’accès de secours de %2</translation>
    </message>
    <message>
        <source>%1 reviewed the backup access of %2</source>
        <translation>%1 a revu l’accès de secours de %2</translation>
    </message>
    <message>
        <source>%1 added the external administrator %2</source>
        <translation>%1 a ajouté l’administrateur externe %2</translation>
    </message>
    <message>
        <source>%1 changed the role of the external administrator %2</source>
        <translation>%1 a modifié le rôle de l’administrateur externe %2</translation>
    </message>
    <message>
        <source>%1 removed the external administrator %2</source>
        <translation>%1 a retiré l’administrateur externe %2</translation>
    </message>
    <message>
        <source>%1 created the partner %2</source>
        <translation>%1 a créé le partenaire %2</translation>
    </message>
    <message>
        <source>%1 delegated this account to the partner %2</source>
        <translation>%1 a délégué ce compte au partenaire %2</translation>
    </message>
    <message>
        <source>%1 revoked the delegation to the partner %2</source>
        <translation>%1 a révoqué la délégation au partenaire %2</translation>
    </message>
    <message>
        <source>%1 added the account contact %2</source>
        <translation>%1 a ajouté le contact du compte %2</translation>
    </message>
    <message>
        <source>%1 changed the account contact %2</source>
        <translation>%1 a modifié le contact du compte %2</translation>
    </message>
    <message>
        <source>%1 removed the account contact %2</source>
        <translation>%1 a retiré le contact du compte %2</translation>
    </message>
    <message>
        <source>%1 filed a change request: %2</source>
        <translation>%1 a déposé une demande de modification : %2</translation>
    </message>
    <message>
        <source>%1 approved a change request: %2</source>
        <translation>%1 a approuvé une demande de modification : %2</translation>
    </message>
    <message>
        <source>%1 rejected a change request: %2</source>
        <translation>%1 a refusé une demande de modification : %2</translation>
    </message>
    <message>
        <source>%1 cancelled a change request: %2</source>
        <translation>%1 a annulé une demande de modification : %2</translation>
    </message>
    <message>
        <source>A change request expired: %2</source>
        <translation>Une demande de modification a expiré : %2</translation>
    </message>
    <message>
        <source>%1 asked for access from the computer %2</source>
        <translation>%1 a demandé l’accès depuis l’ordinateur %2</translation>
    </message>
    <message>
        <source>%1 could not ask for access from the computer %2</source>
        <translation>%1 n’a pas pu demander l’accès depuis l’ordinateur %2</translation>
    </message>
    <message>
        <source>%1 registered the computer %2</source>
        <translation>%1 a enregistré l’ordinateur %2</translation>
    </message>
    <message>
        <source>%1 approved the computer %2</source>
        <translation>%1 a approuvé l’ordinateur %2</translation>
    </message>
    <message>
        <source>%1 refused the computer %2</source>
        <translation>%1 a refusé l’ordinateur %2</translation>
    </message>
    <message>
        <source>%1 revoked the computer %2</source>
        <translation>%1 a révoqué l’ordinateur %2</translation>
    </message>
    <message>
        <source>The access of the computer %2 expired</source>
        <translation>L’accès de l’ordinateur %2 a expiré</translation>
    </message>
    <message>
        <source>The computer %2 presented a different identity than approved</source>
        <translation>L’ordinateur %2 a présenté une identité différente de celle approuvée</translation>
    </message>
    <message>
        <source>%1 rotated the database key</source>
        <translation>%1 a renouvelé la clé de la base de données</translation>
    </message>
    <message>
        <source>%1 exported a recovery kit</source>
        <translation>%1 a exporté un kit de récupération</translation>
    </message>
    <message>
        <source>%1 restored the database key from a recovery kit</source>
        <translation>%1 a restauré la clé de la base de données depuis un kit de récupération</translation>
    </message>
    <message>
        <source>%2 signed in</source>
        <translation>%2 s’est connecté</translation>
    </message>
    <message>
        <source>A sign-in as %2 failed</source>
        <translation>Une connexion en tant que %2 a échoué</translation>
    </message>
    <message>
        <source>%2 enrolled a sign-in method</source>
        <translation>%2 a configuré une méthode de connexion</translation>
    </message>
    <message>
        <source>%1 set up Warden as its first Super Administrator</source>
        <translation>%1 a configuré Warden en tant que premier Super Administrator</translation>
    </message>
    <message>
        <source>%1 created the account %2</source>
        <translation>%1 a créé le compte %2</translation>
    </message>
    <message>
        <source>%1 changed the IP restrictions of %2</source>
        <translation>%1 a modifié les restrictions IP de %2</translation>
    </message>
    <message>
        <source>%1 changed who may view federated content in %2</source>
        <translation>%1 a modifié qui peut voir le contenu fédéré dans %2</translation>
    </message>
    <message>
        <source>%1 added the domain %2</source>
        <translation>%1 a ajouté le domaine %2</translation>
    </message>
    <message>
        <source>%1 linked the domain %2</source>
        <translation>%1 a lié le domaine %2</translation>
    </message>
    <message>
        <source>%1 unlinked the domain %2</source>
        <translation>%1 a délié le domaine %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 a ajouté %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n people to %2</source>
        <translation>
            <numerusform>%1 a ajouté %n personne à %2</numerusform>
            <numerusform>%1 a ajouté %n personnes à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 a retiré %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <extracomment>An audit entry of a kind the console has no sentence for: who, what kind, on what.</extracomment>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>An audit entry&apos;s sentence and the account it happened in.</extracomment>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 synchronized the directory of %2</source>
        <translation>%1 a synchronisé l’annuaire de %2</translation>
    </message>
    <message>
        <source>%1 changed the directory synchronization settings of %2</source>
        <translation>%1 a modifié les paramètres de synchronisation de l’annuaire de %2</translation>
    </message>
</context>
<context>
    <name>AuditInspector</name>
    <message>
        <source>Line %1 of the export: %2</source>
        <translation>Ligne %1 de l’export : %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>The audit log has no checkpoint yet. Write one with &quot;wardenctl audit checkpoint&quot;.</source>
        <translation>Le journal d’audit n’a pas encore de point de contrôle. Écrivez-en un avec « wardenctl audit checkpoint ».</translation>
    </message>
    <message>
        <source>Entry %1 is not in the newest checkpoint, which holds entries 1 to %2. Write a newer one with &quot;wardenctl audit checkpoint&quot;.</source>
        <translation>L’entrée %1 ne figure pas dans le point de contrôle le plus récent, qui couvre les entrées 1 à %2. Écrivez-en un plus récent avec « wardenctl audit checkpoint ».</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, before its newest checkpoint (%2 entries): entries were removed. Run &quot;wardenctl audit verify&quot;.</source>
        <translation>Le journal d’audit s’arrête à l’entrée %1, avant son point de contrôle le plus récent (%2 entrées) : des entrées ont été supprimées. Exécutez « wardenctl audit verify ».</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>the fields of a &quot;%1&quot; line are not the ones it has.</source>
        <translation>les champs d’une ligne « %1 » ne sont pas ceux qu’elle doit avoir.</translation>
    </message>
    <message>
        <source>not a Warden audit log export (%1).</source>
        <translation>pas un export de journal d’audit Warden (%1).</translation>
    </message>
    <message>
        <source>the header is missing.</source>
        <translation>l’en-tête manque.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; line after the entries.</source>
        <translation>une ligne « %1 » après les entrées.</translation>
    </message>
    <message>
        <source>an unknown line type &quot;%1&quot;.</source>
        <translation>un type de ligne inconnu « %1 ».</translation>
    </message>
    <message>
        <source>the export is empty.</source>
        <translation>l’export est vide.</translation>
    </message>
    <message>
        <source>the header says %1 entries; the export holds %2.</source>
        <translation>l’en-tête annonce %1 entrées ; l’export en contient %2.</translation>
    </message>
    <message>
        <source>the computers listed are not the ones the log registers.</source>
        <translation>les ordinateurs listés ne sont pas ceux que le journal enregistre.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>L’entrée %1 manque (l’entrée suivante est %2).</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or entries were reordered, after it was written.</source>
        <translation>L’entrée %1 a été modifiée, ou des entrées ont été réordonnées, après son écriture.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>The audit log does not end where its head record says (the newest entry is %1): entries were removed or changed. Nothing was written. Run &quot;wardenctl audit verify&quot; and restore the database from a backup.</source>
        <translation>Le journal d’audit ne se termine pas là où son enregistrement de tête l’indique (l’entrée la plus récente est %1) : des entrées ont été supprimées ou modifiées. Rien n’a été écrit. Exécutez « wardenctl audit verify » et restaurez la base depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This computer has no signing key for this database, so it cannot write the audit log.</source>
        <translation>Cet ordinateur n’a pas de clé de signature pour cette base, il ne peut donc pas écrire dans le journal d’audit.</translation>
    </message>
    <message>
        <source>This computer has no signing key for this database, so it cannot sign a checkpoint.</source>
        <translation>Cet ordinateur n’a pas de clé de signature pour cette base, il ne peut donc pas signer de point de contrôle.</translation>
    </message>
    <message>
        <source>The audit log&apos;s Merkle tree record does not match its entries. Run &quot;wardenctl audit verify&quot;.</source>
        <translation>L’enregistrement de l’arbre de Merkle du journal d’audit ne correspond pas à ses entrées. Exécutez « wardenctl audit verify ».</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Filter by the person or role affected</source>
        <translation>Filtrer par personne ou rôle concerné</translation>
    </message>
    <message>
        <source>Person or role affected</source>
        <translation>Personne ou rôle concerné</translation>
    </message>
    <message>
        <source>Filter by who made the change</source>
        <translation>Filtrer par auteur de la modification</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Filter by kind of change</source>
        <translation>Filtrer par type de modification</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>What the entry changed, field by field</source>
        <translation>Ce que l’entrée a modifié, champ par champ</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>L’entrée %1 manque (l’entrée suivante est %2).</translation>
    </message>
    <message>
        <source>Entry %1 appears twice or out of order.</source>
        <translation>L’entrée %1 apparaît deux fois ou dans le désordre.</translation>
    </message>
    <message>
        <source>Entry %1 carries no signature, but entries are signed from entry %2 on.</source>
        <translation>L’entrée %1 ne porte pas de signature, alors que les entrées sont signées à partir de l’entrée %2.</translation>
    </message>
    <message>
        <source>Entry %1 says computer %2 wrote it, but no entry before it registered that computer&apos;s signing key.</source>
        <translation>L’entrée %1 dit avoir été écrite par l’ordinateur %2, mais aucune entrée antérieure n’a enregistré la clé de signature de cet ordinateur.</translation>
    </message>
    <message>
        <source>Entry %1 is signed by computer %2, which entry %3 revoked.</source>
        <translation>L’entrée %1 est signée par l’ordinateur %2, que l’entrée %3 a révoqué.</translation>
    </message>
    <message>
        <source>Entry %1 has no hash: this log was not yet moved to signed entries. Open it once in Warden on a computer that holds its key.</source>
        <translation>L’entrée %1 n’a pas de hachage : ce journal n’est pas encore passé aux entrées signées. Ouvrez-le une fois dans Warden sur un ordinateur qui détient sa clé.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or entries were reordered, after it was written: its hash does not match.</source>
        <translation>L’entrée %1 a été modifiée, ou des entrées ont été réordonnées, après son écriture : son hachage ne correspond pas.</translation>
    </message>
    <message>
        <source>Entry %1 does not carry a valid signature of computer %2, which it says wrote it: it was written or changed by someone else.</source>
        <translation>L’entrée %1 ne porte pas de signature valide de l’ordinateur %2, qui l’aurait écrite : elle a été écrite ou modifiée par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones this computer saw: the history was rewritten, or this is a copy that forked from it.</source>
        <translation>Les %1 premières entrées du journal ne sont pas celles que cet ordinateur a vues : l’historique a été réécrit, ou ceci est une copie qui en a divergé.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones this computer checked before: the history was rewritten.</source>
        <translation>Les %1 premières entrées du journal ne sont pas celles que cet ordinateur a vérifiées auparavant : l’historique a été réécrit.</translation>
    </message>
    <message>
        <source>Entry %1 gives computer %2 a second signing key.</source>
        <translation>L’entrée %1 donne une seconde clé de signature à l’ordinateur %2.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries is signed by computer %2, which the log never registered.</source>
        <translation>Le point de contrôle de %1 entrées est signé par l’ordinateur %2, que le journal n’a jamais enregistré.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries is signed by computer %2, which entry %3 revoked.</source>
        <translation>Le point de contrôle de %1 entrées est signé par l’ordinateur %2, que l’entrée %3 a révoqué.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries does not carry a valid signature of computer %2.</source>
        <translation>Le point de contrôle de %1 entrées ne porte pas de signature valide de l’ordinateur %2.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries signed by computer %2 is from another history: its Merkle root is not the root of this log&apos;s first %1 entries.</source>
        <translation>Le point de contrôle de %1 entrées signé par l’ordinateur %2 provient d’un autre historique : sa racine de Merkle n’est pas celle des %1 premières entrées de ce journal.</translation>
    </message>
    <message>
        <source>A checkpoint signed by computer %1 says this log had %2 entries; it now ends at entry %3: entries were removed.</source>
        <translation>Un point de contrôle signé par l’ordinateur %1 indique que ce journal avait %2 entrées ; il s’arrête maintenant à l’entrée %3 : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</source>
        <translation>Cet ordinateur a vu l’entrée %1 de ce journal d’audit, mais le journal s’arrête maintenant à l’entrée %2 : des entrées ont été supprimées, ou une copie plus ancienne de la base a été remise en place.</translation>
    </message>
    <message>
        <source>The log&apos;s head record does not carry a valid signature of a computer the log registered.</source>
        <translation>L’enregistrement de tête du journal ne porte pas de signature valide d’un ordinateur que le journal a enregistré.</translation>
    </message>
    <message>
        <source>The newest entries, from entry %1 to %2, were removed.</source>
        <translation>Les entrées les plus récentes, de l’entrée %1 à %2, ont été supprimées.</translation>
    </message>
    <message>
        <source>The log&apos;s head record names entry %1 with another hash: the newest entries were changed.</source>
        <translation>L’enregistrement de tête du journal désigne l’entrée %1 avec un autre hachage : les entrées les plus récentes ont été modifiées.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>L’entrée %1 du trousseau est endommagée.</translation>
    </message>
    <message>
        <source>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</source>
        <translation>Cet ordinateur a vu l’entrée %1 de ce journal d’audit, mais le journal s’arrête maintenant à l’entrée %2 : des entrées ont été supprimées, ou une copie plus ancienne de la base a été remise en place.</translation>
    </message>
    <message>
        <source>Entry %1 of this audit log is not the one this computer saw: the log was rewritten.</source>
        <translation>L’entrée %1 de ce journal d’audit n’est pas celle que cet ordinateur a vue : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>The audit checkpoint of %1 entries is not the tree this computer saw: the log was rewritten.</source>
        <translation>Le point de contrôle de %1 entrées n’est pas l’arbre que cet ordinateur a vu : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>The audit checkpoint of %1 entries does not extend the log this computer saw: it is from another history.</source>
        <translation>Le point de contrôle de %1 entrées ne prolonge pas le journal que cet ordinateur a vu : il provient d’un autre historique.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address, password or one-time code is not correct.</source>
        <translation>L’adresse e-mail, le mot de passe ou le code à usage unique est incorrect.</translation>
    </message>
    <message>
        <source>This database already has administrators; sign in instead.</source>
        <translation>Cette base a déjà des administrateurs ; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The first account needs a code and a name.</source>
        <translation>Le premier compte doit avoir un code et un nom.</translation>
    </message>
    <message>
        <source>That one-time code does not match. Check the authenticator app&apos;s clock and enter the current code.</source>
        <translation>Ce code à usage unique ne correspond pas. Vérifiez l’horloge de l’application et saisissez le code actuel.</translation>
    </message>
    <message>
        <source>Administrators are enrolled through Admin Management.</source>
        <translation>Les administrateurs sont inscrits via la gestion des administrateurs.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop d’échecs de connexion. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop d’échecs de connexion. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signs in through the organisation&apos;s identity provider (SSO), not with a Warden password.</source>
        <translation>%1 se connecte via le fournisseur d’identité de l’organisation (SSO), pas avec un mot de passe Warden.</translation>
    </message>
    <message>
        <source>That one-time code was already used. Wait for the next code and try again.</source>
        <translation>Ce code à usage unique a déjà servi. Attendez le code suivant et réessayez.</translation>
    </message>
    <message>
        <source>This administrator is disabled.</source>
        <translation>Cet administrateur est désactivé.</translation>
    </message>
    <message>
        <source>Your account admits administrators only from its IP allow-list, and the address this console connects from is unknown.</source>
        <translation>Votre compte n’admet les administrateurs que depuis sa liste d’autorisation IP, et l’adresse depuis laquelle cette console se connecte est inconnue.</translation>
    </message>
    <message>
        <source>Your account admits administrators only from its IP allow-list; this console connects from %1, which is not in it.</source>
        <translation>Votre compte n’admet les administrateurs que depuis sa liste d’autorisation IP ; cette console se connecte depuis %1, qui n’y figure pas.</translation>
    </message>
    <message>
        <source>%1 is already enrolled; sign in with the password and a one-time code.</source>
        <translation>%1 est déjà enrôlé ; connectez-vous avec le mot de passe et un code à usage unique.</translation>
    </message>
    <message>
        <source>Your sign-in details changed while you were enrolling; sign in again.</source>
        <translation>Vos informations de connexion ont changé pendant l’enrôlement ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Choose a new password; the temporary one cannot be kept.</source>
        <translation>Choisissez un nouveau mot de passe ; le temporaire ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>Only a signed-in administrator can confirm with a code.</source>
        <translation>Seul un administrateur connecté peut confirmer avec un code.</translation>
    </message>
    <message>
        <source>Confirming needs a Warden password and an enrolled authenticator; %1 has none.</source>
        <translation>La confirmation exige un mot de passe Warden et une application d’authentification enrôlée ; %1 n’en a pas.</translation>
    </message>
    <message>
        <source>The password or one-time code is not correct; nothing was done.</source>
        <translation>Le mot de passe ou le code à usage unique est incorrect ; rien n’a été fait.</translation>
    </message>
    <message>
        <source>This is a temporary password. Set your own password and enroll your authenticator app to finish signing in.</source>
        <translation>Ceci est un mot de passe temporaire. Définissez votre propre mot de passe et enrôlez votre application d’authentification pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Enroll your authenticator app to finish signing in.</source>
        <translation>Enrôlez votre application d’authentification pour terminer la connexion.</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>You hold no administrator role in this account, so you cannot %1.</source>
        <translation>Vous n’avez aucun rôle d’administrateur dans ce compte et ne pouvez donc pas : %1.</translation>
    </message>
    <message>
        <source>%1s have read-only access to %2.</source>
        <translation>Le rôle %1 n’a qu’un accès en lecture à %2.</translation>
    </message>
    <message>
        <source>%1s have no access to %2, so they cannot %3.</source>
        <translation>Le rôle %1 n’a pas accès à %2 et ne peut donc pas : %3.</translation>
    </message>
    <message>
        <source>Your roles (%1) give read-only access to %2.</source>
        <translation>Vos rôles (%1) ne donnent qu’un accès en lecture à %2.</translation>
    </message>
    <message>
        <source>Your roles (%1) give no access to %2, so you cannot %3.</source>
        <translation>Vos rôles (%1) ne donnent pas accès à %2 ; vous ne pouvez donc pas : %3.</translation>
    </message>
    <message>
        <source>You hold no administrator role in this account.</source>
        <translation>Vous n’avez aucun rôle d’administrateur dans ce compte.</translation>
    </message>
    <message>
        <source>create nested accounts</source>
        <translation>créer des comptes imbriqués</translation>
    </message>
    <message>
        <source>change account settings</source>
        <translation>modifier les paramètres du compte</translation>
    </message>
    <message>
        <source>see the internal directory</source>
        <translation>consulter l’annuaire interne</translation>
    </message>
    <message>
        <source>change the internal directory</source>
        <translation>modifier l’annuaire interne</translation>
    </message>
    <message>
        <source>manage administrators</source>
        <translation>gérer les administrateurs</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>consulter le journal d’audit</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>modifier les rôles</translation>
    </message>
    <message>
        <source>Your roles cannot manage roles (role management level: %1).</source>
        <translation>Vos rôles ne peuvent pas gérer les rôles (gestion des rôles : %1).</translation>
    </message>
    <message>
        <source>The Super Administrator role cannot be edited or deleted.</source>
        <translation>Le rôle Super-administrateur ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; built-in roles cannot be renamed, edited or deleted. Copy it to make a custom role.</source>
        <translation>« %1 » est un rôle intégré ; les rôles intégrés ne peuvent être ni renommés, ni modifiés, ni supprimés. Copiez-le pour créer un rôle personnalisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protected role: changes to it require a change request approved by an account contact of Director level or higher.</source>
        <translation>« %1 » est un rôle protégé : toute modification exige une demande de changement approuvée par un contact du compte de niveau directeur ou supérieur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protected role; only administrators with the Protected Roles management level may request changes to it.</source>
        <translation>« %1 » est un rôle protégé ; seuls les administrateurs ayant le niveau de gestion « Rôles protégés » peuvent en demander la modification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grants %2, which you do not hold yourself; nobody can grant more than they have.</source>
        <translation>« %1 » accorde %2, que vous ne détenez pas vous-même ; personne ne peut accorder plus qu’il n’a.</translation>
    </message>
    <message>
        <source>You hold no administrator role.</source>
        <translation>Vous n’avez aucun rôle d’administrateur.</translation>
    </message>
    <message>
        <source>This account no longer delegates administration to your partner organisation.</source>
        <translation>Ce compte ne délègue plus son administration à votre organisation partenaire.</translation>
    </message>
    <message>
        <source>This account only admits administrators from its IP allow-list, and the address you connect from is unknown.</source>
        <translation>Ce compte n’admet les administrateurs que depuis sa liste d’autorisation IP, et l’adresse depuis laquelle vous vous connectez est inconnue.</translation>
    </message>
    <message>
        <source>This account only admits administrators from its IP allow-list; your address %1 is not in it.</source>
        <translation>Ce compte n’admet les administrateurs que depuis sa liste d’autorisation IP ; votre adresse %1 n’y figure pas.</translation>
    </message>
    <message>
        <source>see external administrators</source>
        <translation>voir les administrateurs externes</translation>
    </message>
    <message>
        <source>manage external administrators</source>
        <translation>gérer les administrateurs externes</translation>
    </message>
    <message>
        <source>change the account hierarchy</source>
        <translation>modifier la hiérarchie des comptes</translation>
    </message>
    <message>
        <source>import users</source>
        <translation>importer des utilisateurs</translation>
    </message>
    <message>
        <source>see the administrators&apos; health</source>
        <translation>voir l’état des administrateurs</translation>
    </message>
    <message>
        <source>see directory synchronization</source>
        <translation>voir la synchronisation de l’annuaire</translation>
    </message>
    <message>
        <source>configure directory synchronization</source>
        <translation>configurer la synchronisation de l’annuaire</translation>
    </message>
    <message>
        <source>run directory synchronization</source>
        <translation>lancer la synchronisation de l’annuaire</translation>
    </message>
</context>
<context>
    <name>BackupCredentialService</name>
    <message>
        <source>%1 is not a backup account; only backup accounts keep a credential in the keychain.</source>
        <translation>%1 n’est pas un compte de secours ; seuls les comptes de secours ont des identifiants dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain holds no credential for %1. Rotate it to store a new one.</source>
        <translation>Le trousseau ne contient aucun identifiant pour %1. Renouvelez-les pour en stocker de nouveaux.</translation>
    </message>
    <message>
        <source>%1 is not a backup account; mark it as one first.</source>
        <translation>%1 n’est pas un compte de secours ; marquez-le d’abord comme tel.</translation>
    </message>
</context>
<context>
    <name>BuiltInRoles</name>
    <message>
        <source>Full access including protected content and role management; creates Super and Full Administrators and resets their passwords.</source>
        <translation>Accès complet, y compris aux contenus protégés et à la gestion des rôles ; crée des Super et Full Administrators et réinitialise leurs mots de passe.</translation>
    </message>
    <message>
        <source>High-level privileges including content view, delegate mailbox, message export and retention adjustments; no Admin Management.</source>
        <translation>Privilèges étendus, dont l’affichage du contenu, la délégation de boîte aux lettres, l’export de messages et l’ajustement de la rétention ; pas de gestion des administrateurs.</translation>
    </message>
    <message>
        <source>Read and write access to every application area, without protected permissions.</source>
        <translation>Accès en lecture et en écriture à tous les domaines de l’application, sans autorisations protégées.</translation>
    </message>
    <message>
        <source>Track and trace, user settings and service connections; read-only policies and roles.</source>
        <translation>Suivi des messages, paramètres utilisateur et connexions de service ; stratégies et rôles en lecture seule.</translation>
    </message>
    <message>
        <source>Read access to policies, track and trace, service connections and user settings.</source>
        <translation>Accès en lecture aux stratégies, au suivi des messages, aux connexions de service et aux paramètres utilisateur.</translation>
    </message>
    <message>
        <source>Archive search with content view, message export and retention adjustments.</source>
        <translation>Recherche dans l’archive avec affichage du contenu, export de messages et ajustement de la rétention.</translation>
    </message>
    <message>
        <source>Manages Synchronization Engine sites.</source>
        <translation>Gère les sites du Synchronization Engine.</translation>
    </message>
    <message>
        <source>Full privileges of a Basic Administrator plus delegate mailbox access; for partner (MSP) administrators only.</source>
        <translation>Tous les privilèges d’un Basic Administrator plus la délégation de boîte aux lettres ; réservé aux administrateurs partenaires (MSP).</translation>
    </message>
    <message>
        <source>Manages the account hierarchy, internal domains, imports with account codes and inherited policies; cannot take email-security actions or see mail flow.</source>
        <translation>Gère la hiérarchie des comptes, les domaines internes, les imports avec codes de compte et les stratégies héritées ; ne peut ni agir sur la sécurité e-mail ni voir le flux de messages.</translation>
    </message>
    <message>
        <source>Read-only everywhere on the master and nested accounts; directory import, user home location and directory synchronization.</source>
        <translation>Lecture seule partout sur le compte maître et les comptes imbriqués ; import d’annuaire, emplacement d’origine des utilisateurs et synchronisation d’annuaire.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestService</name>
    <message>
        <source>Add to protected role</source>
        <translation>Ajouter à un rôle protégé</translation>
    </message>
    <message>
        <source>Remove from protected role</source>
        <translation>Retirer d’un rôle protégé</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Turn federated content view on</source>
        <translation>Activer l’affichage fédéré du contenu</translation>
    </message>
    <message>
        <source>Turn federated content view off</source>
        <translation>Désactiver l’affichage fédéré du contenu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Only administrators with the Protected Roles management level may request protected-role changes.</source>
        <translation>Seuls les administrateurs ayant le niveau de gestion « Rôles protégés » peuvent demander des changements de rôles protégés.</translation>
    </message>
    <message>
        <source>Change request %1 does not exist.</source>
        <translation>La demande de changement %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Federated content view is already on for %1.</source>
        <translation>L’affichage fédéré du contenu est déjà activé pour %1.</translation>
    </message>
    <message>
        <source>Federated content view is already off for %1.</source>
        <translation>L’affichage fédéré du contenu est déjà désactivé pour %1.</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s directory.</source>
        <translation>%1 n’est pas dans l’annuaire de ce compte.</translation>
    </message>
    <message>
        <source>%1 holds no protected role here; reset their password in Admin Management.</source>
        <translation>%1 ne détient ici aucun rôle protégé ; réinitialisez son mot de passe dans la gestion des administrateurs.</translation>
    </message>
    <message>
        <source>%1 is a backup account; rotate its credential instead.</source>
        <translation>%1 est un compte de secours ; renouvelez plutôt ses identifiants.</translation>
    </message>
    <message>
        <source>%1 signs in through the identity provider (SSO) and has no Warden password.</source>
        <translation>%1 se connecte via le fournisseur d’identité (SSO) et n’a pas de mot de passe Warden.</translation>
    </message>
    <message>
        <source>That role belongs to another account.</source>
        <translation>Ce rôle appartient à un autre compte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protected role; change its members directly.</source>
        <translation>« %1 » n’est pas un rôle protégé ; modifiez ses membres directement.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;.</source>
        <translation>%1 détient déjà « %2 ».</translation>
    </message>
    <message>
        <source>%1 is disabled in the directory.</source>
        <translation>%1 est désactivé dans l’annuaire.</translation>
    </message>
    <message>
        <source>Choose how the new administrator signs in.</source>
        <translation>Choisissez comment le nouvel administrateur se connecte.</translation>
    </message>
    <message>
        <source>%1 does not hold &quot;%2&quot;.</source>
        <translation>%1 ne détient pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 est le dernier super-administrateur de ce compte et ne peut pas être retiré. Ajoutez d’abord un autre super-administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>Say why the change is needed (at least %n characters): the approver decides on it.</source>
        <translation>
            <numerusform>Expliquez pourquoi le changement est nécessaire (au moins %n caractère) : l’approbateur décide sur cette base.</numerusform>
            <numerusform>Expliquez pourquoi le changement est nécessaire (au moins %n caractères) : l’approbateur décide sur cette base.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same change is already requested (request %1) and waiting for approval.</source>
        <translation>Le même changement est déjà demandé (demande %1) et attend une approbation.</translation>
    </message>
    <message>
        <source>Request %1 expired on %2 without a decision; file a new one if the change is still needed.</source>
        <translation>La demande %1 a expiré le %2 sans décision ; déposez-en une nouvelle si le changement est toujours nécessaire.</translation>
    </message>
    <message>
        <source>Request %1 was already %2 by %3 at %4.</source>
        <translation>La demande %1 a déjà été %2 par %3 le %4.</translation>
    </message>
    <message>
        <source>You filed this request; a different person must approve or reject it.</source>
        <translation>Vous avez déposé cette demande ; une autre personne doit l’approuver ou la rejeter.</translation>
    </message>
    <message>
        <source>Only the account&apos;s contacts of Director level or higher may decide protected-role changes, and %1 is not a contact of this account.</source>
        <translation>Seuls les contacts du compte de niveau directeur ou supérieur peuvent décider des changements de rôles protégés, et %1 n’est pas un contact de ce compte.</translation>
    </message>
    <message>
        <source>Only the account&apos;s contacts of Director level or higher may decide protected-role changes; %1 is recorded as &quot;%2&quot;, below Director.</source>
        <translation>Seuls les contacts du compte de niveau directeur ou supérieur peuvent décider des changements de rôles protégés ; %1 est enregistré comme « %2 », en dessous du niveau directeur.</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>La demande %1 a changé entre-temps.</translation>
    </message>
    <message>
        <source>The change can no longer be applied, so the request stays pending: %1</source>
        <translation>Le changement ne peut plus être appliqué, la demande reste donc en attente : %1</translation>
    </message>
    <message>
        <source>Say why the request is rejected; the requester sees it.</source>
        <translation>Expliquez pourquoi la demande est rejetée ; le demandeur le verra.</translation>
    </message>
    <message>
        <source>Only the person who filed a request can withdraw it.</source>
        <translation>Seule la personne qui a déposé une demande peut la retirer.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change Requests</source>
        <translation>Demandes de changement</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Account &amp;Contacts…</source>
        <translation>&amp;Contacts du compte…</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown log level &quot;%1&quot; (trace, debug, info, warn, error, critical, off).</source>
        <translation>Niveau de journalisation inconnu « %1 » (trace, debug, info, warn, error, critical, off).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no option &quot;%2&quot;.</source>
        <translation>« %1 » n’accepte pas l’option « %2 ».</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Name the account with --account CODE.</source>
        <translation>Indiquez le compte avec --account CODE.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Indiquez le rôle.</translation>
    </message>
    <message>
        <source>Confirm with your password: </source>
        <translation>Confirmez avec votre mot de passe : </translation>
    </message>
    <message>
        <source>And a new one-time code: </source>
        <translation>Et un nouveau code à usage unique : </translation>
    </message>
    <message>
        <source>Temporary password for %1 (shown once; they set their own and enroll an authenticator at first sign-in): %2</source>
        <translation>Mot de passe temporaire pour %1 (affiché une seule fois ; à la première connexion, il définit le sien et enrôle une application d’authentification) : %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Say who you are with --as EMAIL.</source>
        <translation>Indiquez qui vous êtes avec --as E-MAIL.</translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app, or enter the secret by hand:</source>
        <translation>Scannez ce code QR avec une application d’authentification, ou saisissez le secret à la main :</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secret : %1</translation>
    </message>
    <message>
        <source>Warning: %1 Run &quot;wardenctl audit verify&quot;.</source>
        <translation>Attention : %1 Exécutez « wardenctl audit verify ».</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Code à usage unique : </translation>
    </message>
    <message>
        <source>Run &quot;wardenctl --as %1 enroll&quot;.</source>
        <translation>Exécutez « wardenctl --as %1 enroll ».</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Mot de passe de la base de données : </translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 [--client-address IP] &lt;command&gt; [arguments]</source>
        <extracomment>wardenctl usage: the first lines; option names and placeholders stay in English.</extracomment>
        <translation>Utilisation : wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 [--client-address IP] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>wardenctl usage: the heading above the list of commands.</extracomment>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.
Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last
Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing,
5 directory server unreachable or refused.</source>
        <extracomment>wardenctl usage: where the password and code come from, and the exit codes.</extracomment>
        <translation>Le mot de passe vient de WARDEN_PASSWORD ou d’une invite ; le code à usage unique de --otp ou d’une invite.
Codes de sortie : 0 ok, 1 refusé (permission, connexion, demande de changement nécessaire, ou une règle comme le dernier
Super Administrator), 2 entrée invalide, 3 erreur de stockage ou de trousseau, 4 santé en échec,
5 serveur d’annuaire injoignable ou refusé.</translation>
    </message>
</context>
<context>
    <name>ComputerAccess</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This administrator is disabled.</source>
        <translation>Cet administrateur est désactivé.</translation>
    </message>
    <message>
        <source>%1 holds no admin role. Only administrators can ask for access to the database.</source>
        <translation>%1 n&apos;a aucun rôle d&apos;administrateur. Seuls les administrateurs peuvent demander l&apos;accès à la base de données.</translation>
    </message>
    <message>
        <source>This computer already asked to join (request #%1, fingerprint %2). Wait for an administrator to approve it.</source>
        <translation>Cet ordinateur a déjà demandé l&apos;accès (demande n° %1, empreinte %2). Attendez qu&apos;un administrateur l&apos;approuve.</translation>
    </message>
    <message>
        <source>This computer was already approved (#%1); open the database and sign in.</source>
        <translation>Cet ordinateur a déjà été approuvé (n° %1) ; ouvrez la base de données et connectez-vous.</translation>
    </message>
    <message>
        <source>%1 already has a request waiting for approval (#%2). Wait for it, or ask an administrator to refuse it first.</source>
        <translation>%1 a déjà une demande en attente d&apos;approbation (n° %2). Attendez-la, ou demandez d&apos;abord à un administrateur de la refuser.</translation>
    </message>
    <message>
        <source>This computer has not asked to join this database.</source>
        <translation>Cet ordinateur n&apos;a pas demandé l&apos;accès à cette base de données.</translation>
    </message>
    <message>
        <source>This computer already holds this database&apos;s key.</source>
        <translation>Cet ordinateur détient déjà la clé de cette base de données.</translation>
    </message>
    <message>
        <source>This recovery kit holds an earlier key of this database: the key was rotated after the kit was made. Use a kit exported after the last rotation.</source>
        <translation>Ce kit de récupération contient une ancienne clé de cette base de données : la clé a été renouvelée après la création du kit. Utilisez un kit exporté après le dernier renouvellement.</translation>
    </message>
    <message>
        <source>recovery kit</source>
        <translation>kit de récupération</translation>
    </message>
</context>
<context>
    <name>ComputerIdentity</name>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>L&apos;entrée %1 du trousseau est endommagée.</translation>
    </message>
    <message>
        <source>The database key sealed to this computer is damaged.</source>
        <translation>La clé de base de données scellée pour cet ordinateur est endommagée.</translation>
    </message>
    <message>
        <source>The database key sealed to this computer does not open with this computer&apos;s key.</source>
        <translation>La clé de base de données scellée pour cet ordinateur ne s&apos;ouvre pas avec la clé de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ComputerService</name>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>There is no computer or request #%1.</source>
        <translation>Il n&apos;existe aucun ordinateur ni aucune demande n° %1.</translation>
    </message>
    <message>
        <source>You need Admin Management in an account where %1 holds a role (or in their own or partner&apos;s home account) to decide about their computers.</source>
        <translation>Il vous faut Admin Management dans un compte où %1 a un rôle (ou dans son propre compte ou le compte principal de son partenaire) pour décider de ses ordinateurs.</translation>
    </message>
    <message>
        <source>this computer&apos;s administrator</source>
        <translation>l&apos;administrateur de cet ordinateur</translation>
    </message>
    <message>
        <source>You cannot decide about your own computer&apos;s request; another administrator must compare the fingerprint with you and approve it.</source>
        <translation>Vous ne pouvez pas décider de la demande de votre propre ordinateur ; un autre administrateur doit comparer l&apos;empreinte avec vous et l&apos;approuver.</translation>
    </message>
    <message>
        <source>Request #%1 expired; the computer must ask again.</source>
        <translation>La demande n° %1 a expiré ; l&apos;ordinateur doit refaire une demande.</translation>
    </message>
    <message>
        <source>Request #%1 was already decided: %2.</source>
        <translation>La demande n° %1 a déjà été tranchée : %2.</translation>
    </message>
    <message>
        <source>That fingerprint is not the one of request #%1. Nothing was approved: compare it again, digit by digit, with the person at that computer.</source>
        <translation>Cette empreinte n&apos;est pas celle de la demande n° %1. Rien n&apos;a été approuvé : comparez-la à nouveau, chiffre par chiffre, avec la personne devant cet ordinateur.</translation>
    </message>
    <message>
        <source>Request #%1 was decided by someone else, or expired, meanwhile.</source>
        <translation>La demande n° %1 a été tranchée par quelqu&apos;un d&apos;autre, ou a expiré, entre-temps.</translation>
    </message>
    <message>
        <source>Request #%1 is not waiting for a decision: %2.</source>
        <translation>La demande n° %1 n&apos;attend pas de décision : %2.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>clé de base de données</translation>
    </message>
    <message>
        <source>Computer #%1 is not approved (%2); there is nothing to revoke.</source>
        <translation>L&apos;ordinateur n° %1 n&apos;est pas approuvé (%2) ; il n&apos;y a rien à révoquer.</translation>
    </message>
    <message>
        <source>Computer #%1 was revoked by someone else meanwhile.</source>
        <translation>L&apos;ordinateur n° %1 a été révoqué par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
    <message>
        <source>Only a Super Administrator of a top-level account may rotate or export the database key.</source>
        <translation>Seul un Super Administrator d&apos;un compte de premier niveau peut renouveler ou exporter la clé de base de données.</translation>
    </message>
    <message>
        <source>This is the computer you are using; revoke it from another approved computer.</source>
        <translation>C&apos;est l&apos;ordinateur que vous utilisez ; révoquez-le depuis un autre ordinateur approuvé.</translation>
    </message>
    <message>
        <source>This computer is not approved for this database.</source>
        <translation>Cet ordinateur n’est pas approuvé pour cette base de données.</translation>
    </message>
</context>
<context>
    <name>ComputersPanel</name>
    <message>
        <source>Computers that hold this database&apos;s key, and requests to join. Compare a request&apos;s fingerprint with the person at that computer (by phone or in person) before you approve it. Revoking a computer rotates the database key for everyone else.</source>
        <translation>Ordinateurs qui détiennent la clé de cette base de données, et demandes d&apos;accès. Comparez l&apos;empreinte d&apos;une demande avec la personne devant cet ordinateur (par téléphone ou en personne) avant de l&apos;approuver. Révoquer un ordinateur renouvelle la clé de base de données pour tous les autres.</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Computers with access to the database</source>
        <translation>Ordinateurs ayant accès à la base de données</translation>
    </message>
</context>
<context>
    <name>ConfirmIdentityDialog</name>
    <message>
        <source>Confirm It Is You</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre mot de &amp;passe :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>  contact list --account C | set --account C --email E --name N --title T [--director]
       remove --account C EMAIL</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  contact list --account C | set --account C --email E --name N --title T [--director]
       remove --account C EMAIL</translation>
    </message>
    <message>
        <source>contact takes list, set or remove.</source>
        <translation>contact accepte list, set ou remove.</translation>
    </message>
    <message>
        <source>  (approves)</source>
        <translation>  (approves)</translation>
    </message>
    <message>
        <source>%1 is not a contact of this account.</source>
        <translation>%1 n’est pas un contact de ce compte.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>the record is longer than %1 KiB; this does not look like a directory CSV file.</source>
        <translation>l’enregistrement dépasse %1 Kio ; cela ne ressemble pas à un fichier CSV d’annuaire.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation>le texte n’est pas de l’UTF-8 valide ; enregistrez le fichier en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>un guillemet (&quot;) dans un champ non entre guillemets ; mettez tout le champ entre guillemets et doublez le guillemet.</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote.</source>
        <translation>texte inattendu après un guillemet fermant.</translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;).</source>
        <translation>un champ entre guillemets n’est jamais fermé (&quot; manquant).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Le pilote SQL Qt %1 n’est pas installé (paquet Debian %2).</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: expected postgresql://user@host:port/database.</source>
        <translation>Ce n’est pas une URL PostgreSQL : attendu postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Le fichier de base %1 est illisible.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for you (Warden writes every sign-in to the audit log). Check the permissions of the file and its folder.</source>
        <translation>La base %1 est en lecture seule pour vous (Warden inscrit chaque connexion au journal d’audit). Vérifiez les droits du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base %1 : %2</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it or try again in a moment; nothing was changed.</source>
        <translation>La base est verrouillée par un autre programme. Fermez-le ou réessayez dans un instant ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions; nothing was changed.</source>
        <translation>La base est en lecture seule. Vérifiez les droits du fichier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file is not a Warden database (or it is damaged).</source>
        <translation>Le fichier n’est pas une base Warden (ou il est endommagé).</translation>
    </message>
    <message>
        <source>That entry already exists; nothing was changed.</source>
        <translation>Cette entrée existe déjà ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>La base a signalé une erreur lors de « %1 » : %2</translation>
    </message>
    <message>
        <source>The database server %1 refused the password for %2 (or needs one).</source>
        <translation>Le serveur de base de données %1 a refusé le mot de passe de %2 (ou en demande un).</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation>Le serveur de base de données est injoignable : %1</translation>
    </message>
    <message>
        <source>The database is busy with another console&apos;s change. Try again in a moment; nothing was changed.</source>
        <translation>La base de données traite la modification d&apos;une autre console. Réessayez dans un instant ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Warden reconnects by itself; try again in a moment.</source>
        <translation>La connexion au serveur de base de données a été perdue. Warden se reconnecte tout seul ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database connection does not offer COPY.</source>
        <translation>La connexion à la base de données ne propose pas COPY.</translation>
    </message>
</context>
<context>
    <name>DatabaseSecrets</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium n’a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>L’entrée de trousseau %1 est endommagée.</translation>
    </message>
    <message>
        <source>A sealed secret in the database does not open with this keychain&apos;s key.</source>
        <translation>Un secret scellé dans la base ne s’ouvre pas avec la clé de ce trousseau.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 (fingerprint %2) is waiting for an administrator&apos;s approval.</source>
        <translation>La demande n° %1 de cet ordinateur (empreinte %2) attend l&apos;approbation d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 expired before anyone approved it. Request access again.</source>
        <translation>La demande n° %1 de cet ordinateur a expiré avant d&apos;être approuvée. Demandez à nouveau l&apos;accès.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 was refused by %2 on %3.</source>
        <translation>La demande n° %1 de cet ordinateur a été refusée par %2 le %3.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the database was revoked by %1 on %2.</source>
        <translation>L&apos;accès de cet ordinateur à la base de données a été révoqué par %1 le %2.</translation>
    </message>
    <message>
        <source>This computer (#%1) is approved, but the database key was not sealed to it. Ask an administrator to revoke it and approve a new request.</source>
        <translation>Cet ordinateur (n° %1) est approuvé, mais la clé de base de données n&apos;a pas été scellée pour lui. Demandez à un administrateur de le révoquer et d&apos;approuver une nouvelle demande.</translation>
    </message>
    <message>
        <source>This computer holds no key for this database. Request access from this computer (in Warden, or with &quot;wardenctl --db DATABASE --as EMAIL device request&quot;), or restore a recovery kit (&quot;wardenctl --db DATABASE key import FILE&quot;).</source>
        <translation>Cet ordinateur ne détient aucune clé pour cette base de données. Demandez l&apos;accès depuis cet ordinateur (dans Warden, ou avec « wardenctl --db DATABASE --as EMAIL device request »), ou restaurez un kit de récupération (« wardenctl --db DATABASE key import FILE »).</translation>
    </message>
    <message>
        <source>The database key sealed to this computer is damaged.</source>
        <translation>La clé de base de données scellée pour cet ordinateur est endommagée.</translation>
    </message>
    <message>
        <source>The earlier database key %1 does not open with the key after it.</source>
        <translation>L&apos;ancienne clé de base de données %1 ne s&apos;ouvre pas avec la clé suivante.</translation>
    </message>
    <message>
        <source>The database key %1 is not among this database&apos;s keys.</source>
        <translation>La clé de base de données %1 ne fait pas partie des clés de cette base de données.</translation>
    </message>
</context>
<context>
    <name>DemoCodeCommand</name>
    <message>
        <source>  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  demo-code EMAIL    affiche le code actuel d’un administrateur de démonstration (secret du trousseau)</translation>
    </message>
    <message>
        <source>%1 is not a demo administrator of this database.</source>
        <translation>%1 n’est pas un administrateur de démonstration de cette base.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>  demo [--users N]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  demo [--users N]</translation>
    </message>
    <message>
        <source>--users takes a number from 10 to 2000000.</source>
        <translation>--users attend un nombre de 10 à 2000000.</translation>
    </message>
    <message>
        <source>Demo database ready at %1.</source>
        <translation>Base de démonstration prête : %1.</translation>
    </message>
    <message>
        <source>Every demo administrator&apos;s password is: %1</source>
        <translation>Le mot de passe de chaque administrateur de démonstration est : %1</translation>
    </message>
    <message>
        <source>One-time codes: wardenctl totp-code SECRET, or add the secret to an authenticator app.</source>
        <translation>Codes à usage unique : wardenctl totp-code SECRET, ou ajoutez le secret à une application d’authentification.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo needs an empty database; this one already has administrators.</source>
        <translation>La démonstration nécessite une base vide ; celle-ci a déjà des administrateurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Joins the incident response team and needs message content for investigations.</source>
        <translation>Rejoint l’équipe de réponse aux incidents et a besoin du contenu des messages pour les enquêtes.</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>  device request [--name NAME] (with --as EMAIL) | status | list [--pending]
       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  device request [--name NAME] (avec --as EMAIL) | status | list [--pending]
       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]</translation>
    </message>
    <message>
        <source>device takes request, status, list, approve, refuse or revoke.</source>
        <translation>device attend request, status, list, approve, refuse ou revoke.</translation>
    </message>
    <message>
        <source>Name the computer or request by its number.</source>
        <translation>Indiquez l&apos;ordinateur ou la demande par son numéro.</translation>
    </message>
    <message>
        <source>This computer already holds the database key; sign in instead.</source>
        <translation>Cet ordinateur détient déjà la clé de base de données ; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Request #%1 filed; it expires in 24 hours.
Fingerprint: %2
Read the fingerprint to the administrator who approves it (by phone or in person), then run &quot;wardenctl --db DATABASE device status&quot;.</source>
        <translation>Demande n° %1 déposée ; elle expire dans 24 heures.
Empreinte : %2
Lisez l&apos;empreinte à l&apos;administrateur qui l&apos;approuve (par téléphone ou en personne), puis lancez « wardenctl --db DATABASE device status ».</translation>
    </message>
    <message>
        <source>Request #%1 (%2, fingerprint %3): %4</source>
        <translation>Demande n° %1 (%2, empreinte %3) : %4</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. Sign in on this computer with your password and a one-time code.</source>
        <translation>Approuvé par %1 le %2. Connectez-vous sur cet ordinateur avec votre mot de passe et un code à usage unique.</translation>
    </message>
    <message>
        <source>By %1 on %2.</source>
        <translation>Par %1 le %2.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Give the fingerprint the requester reads to you: --fingerprint CODE.</source>
        <translation>Indiquez l&apos;empreinte que le demandeur vous lit : --fingerprint CODE.</translation>
    </message>
    <message>
        <source>Computer #%1 approved; the database key is sealed to it.</source>
        <translation>Ordinateur n° %1 approuvé ; la clé de base de données est scellée pour lui.</translation>
    </message>
    <message>
        <source>Request #%1 refused.</source>
        <translation>Demande n° %1 refusée.</translation>
    </message>
    <message>
        <source>Computer #%1 revoked. The database key was rotated; the other computers take the new key up at their next start or sign-in.</source>
        <translation>Ordinateur n° %1 révoqué. La clé de base de données a été renouvelée ; les autres ordinateurs reprennent la nouvelle clé à leur prochain démarrage ou à leur prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 is not in one of this account&apos;s internal domains (%2).</source>
        <translation>%1 n’appartient à aucun domaine interne de ce compte (%2).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 est déjà dans l’annuaire.</translation>
    </message>
    <message>
        <source>No users were added: %1</source>
        <translation>Aucun utilisateur n’a été ajouté : %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be disabled.</source>
        <translation>%1 est le dernier super-administrateur de ce compte et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>Changing the address would remove %1: %2</source>
        <translation>Le changement d’adresse retirerait %1 : %2</translation>
    </message>
    <message>
        <source>Changing the primary address removes these admin roles: %1. Confirm to go ahead.</source>
        <translation>Changer l’adresse principale retire ces rôles d’administrateur : %1. Confirmez pour continuer.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>No such user.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 n’est pas dans l’annuaire interne.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncDialog</name>
    <message>
        <source>Directory Synchronization</source>
        <translation>Synchronisation de l’annuaire</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>Type de ser&amp;veur :</translation>
    </message>
    <message>
        <source>&amp;LDAP server:</source>
        <translation>Serveur &amp;LDAP :</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <source>Use &amp;StartTLS (ldap:// addresses)</source>
        <translation>Utiliser &amp;StartTLS (adresses ldap://)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA :</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs</source>
        <translation>Les AC de confiance du système</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>DN de &amp;bind :</translation>
    </message>
    <message>
        <source>CN=warden-sync,OU=Service Accounts,DC=example,DC=com</source>
        <translation>CN=warden-sync,OU=Service Accounts,DC=example,DC=com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>&amp;DN de base :</translation>
    </message>
    <message>
        <source>DC=example,DC=com</source>
        <translation>DC=example,DC=com</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Attributes and scope</source>
        <translation>Attributs et portée</translation>
    </message>
    <message>
        <source>Primary &amp;address:</source>
        <translation>&amp;Adresse principale :</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN :</translation>
    </message>
    <message>
        <source>D&amp;isabled:</source>
        <translation>Désact&amp;ivé :</translation>
    </message>
    <message>
        <source>userAccountControl: Active Directory&apos;s flag (bit 2). Another attribute: TRUE, yes, 1 or &quot;disabled&quot; marks a disabled person. Empty: the directory disables nobody.</source>
        <translation>userAccountControl : l’indicateur d’Active Directory (bit 2). Un autre attribut : TRUE, yes, 1 ou « disabled » désigne une personne désactivée. Vide : l’annuaire ne désactive personne.</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>D&amp;omaines :</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>Tout&amp;es les :</translation>
    </message>
    <message>
        <source> min while a console is open</source>
        <translation> min tant qu’une console est ouverte</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>What the last run found</source>
        <translation>Ce que la dernière exécution a trouvé</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>S&amp;ync All</source>
        <translation>S&amp;ynchroniser tout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Read the w&amp;hole directory</source>
        <translation>E&amp;xhaustif : lire tout l’annuaire</translation>
    </message>
    <message>
        <source>A full run: finds the people who left the directory (incremental runs read only what changed)</source>
        <translation>Une exécution complète : trouve les personnes qui ont quitté l’annuaire (les exécutions incrémentielles ne lisent que ce qui a changé)</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>  domain add|link|unlink --account C DOMAIN</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  domain add|link|unlink --account C DOMAIN</translation>
    </message>
    <message>
        <source>domain needs add, link or unlink.</source>
        <translation>domain attend add, link ou unlink.</translation>
    </message>
    <message>
        <source>Done: %1 %2 %3.</source>
        <translation>Fait : %1 %2 %3.</translation>
    </message>
</context>
<context>
    <name>EditAdminDialog</name>
    <message>
        <source>Edit Admin</source>
        <translation>Modifier l’administrateur</translation>
    </message>
    <message>
        <source>&amp;Roles held in this account:</source>
        <translation>&amp;Rôles détenus dans ce compte :</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>  enroll   first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or
           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  enroll   première connexion avec un mot de passe temporaire : choisir le sien (WARDEN_NEW_PASSWORD ou
           demandé deux fois) et inscrire une application d’authentification (code QR, puis --otp ou invite)</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Mot de passe temporaire de %1 : </translation>
    </message>
    <message>
        <source>Choose your password: </source>
        <translation>Choisissez votre mot de passe : </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe à nouveau : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>Code à usage unique de l’application : </translation>
    </message>
    <message>
        <source>%1 is enrolled: sign in with your new password and a code from the app.</source>
        <translation>%1 est inscrit : connectez-vous avec votre nouveau mot de passe et un code de l’application.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Finish Signing In</source>
        <translation>Terminer la connexion</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app (it is new: an earlier enrollment no longer works), then enter the code it shows.</source>
        <translation>Scannez ce code avec votre application d’authentification (il est nouveau : un enrôlement antérieur ne fonctionne plus), puis saisissez le code affiché.</translation>
    </message>
    <message>
        <source>Or type this secret:</source>
        <translation>Ou saisissez ce secret :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Secret key for the authenticator app</source>
        <translation>Clé secrète pour l’application d’authentification</translation>
    </message>
</context>
<context>
    <name>ExternalAdminCommand</name>
    <message>
        <source>  external-admin list --account C | add --account C --role R EMAIL
       change-role --account C --role R EMAIL | remove --account C EMAIL
       apply --accounts C1,C2,... --role R EMAIL</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  external-admin list --account C | add --account C --role R EMAIL
       change-role --account C --role R EMAIL | remove --account C EMAIL
       apply --accounts C1,C2,... --role R EMAIL</translation>
    </message>
    <message>
        <source>external-admin needs list, add, change-role, remove or apply.</source>
        <translation>external-admin attend list, add, change-role, remove ou apply.</translation>
    </message>
    <message>
        <source>external-admin apply needs --accounts A,B,C --role ROLE EMAIL.</source>
        <translation>external-admin apply attend --accounts A,B,C --role RÔLE E-MAIL.</translation>
    </message>
    <message>
        <source>external-admin %1 needs --account C --role ROLE EMAIL.</source>
        <translation>external-admin %1 attend --account C --role RÔLE E-MAIL.</translation>
    </message>
    <message>
        <source>%1 is an external administrator of %2 as %3.</source>
        <translation>%1 est administrateur externe de %2 en tant que %3.</translation>
    </message>
    <message>
        <source>%1 is no longer an external administrator of %2.</source>
        <translation>%1 n’est plus administrateur externe de %2.</translation>
    </message>
</context>
<context>
    <name>ExternalAdminsDialog</name>
    <message>
        <source>Manage External Administrators</source>
        <translation>Gérer les administrateurs externes</translation>
    </message>
    <message>
        <source>&amp;Add External Admin…</source>
        <translation>&amp;Ajouter un administrateur externe…</translation>
    </message>
    <message>
        <source>&amp;Change Role…</source>
        <translation>&amp;Changer de rôle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>External administrators</source>
        <translation>Administrateurs externes</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Warden</source>
        <translation>Configurer Warden</translation>
    </message>
    <message>
        <source>This database has no administrators yet. Create the account and its first Super Administrator. You will need an authenticator app for the second factor.</source>
        <translation>Cette base n’a pas encore d’administrateur. Créez le compte et son premier super-administrateur. Il vous faudra une application d’authentification pour le second facteur.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <source>Account &amp;code:</source>
        <translation>&amp;Code du compte :</translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation>p. ex. ACME</translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation>Votre adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, then enter the six-digit code it shows.</source>
        <translation>Scannez ce code avec votre application d’authentification, puis saisissez le code à six chiffres affiché.</translation>
    </message>
    <message>
        <source>Or type this secret:</source>
        <translation>Ou saisissez ce secret :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>  health [--account C] | record-test --account C --admin EMAIL --login pass|fail --mfa pass|fail
       --permissions pass|fail [--notes TEXT] | record-review --account C [--notes TEXT]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  health [--account C] | record-test --account C --admin EMAIL --login pass|fail --mfa pass|fail
       --permissions pass|fail [--notes TEXT] | record-review --account C [--notes TEXT]</translation>
    </message>
    <message>
        <source>health needs report (the default), record-test or record-review.</source>
        <translation>health attend report (par défaut), record-test ou record-review.</translation>
    </message>
    <message>
        <source>health record-test needs --account C --admin EMAIL --login pass|fail --mfa pass|fail --permissions pass|fail [--notes TEXT].</source>
        <translation>health record-test attend --account C --admin E-MAIL --login pass|fail --mfa pass|fail --permissions pass|fail [--notes TEXTE].</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Enregistré pour %1.</translation>
    </message>
    <message>
        <source>You may not see the administrators&apos; health of any account.</source>
        <translation>Vous ne pouvez voir l’état des administrateurs d’aucun compte.</translation>
    </message>
    <message>
        <source>  Failed sign-ins in the last 24 hours: %1</source>
        <translation>  Failed sign-ins in the last 24 hours: %1</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <source>Minimum Super Administrators</source>
        <translation>Nombre minimal de super-administrateurs</translation>
    </message>
    <message>
        <source>%1 person-specific and %2 backup Super Administrator(s).</source>
        <translation>%1 super-administrateur(s) nominatif(s) et %2 de secours.</translation>
    </message>
    <message>
        <source>No person-specific Super Administrator: request one through a change request, plus a second or a backup system account.</source>
        <translation>Aucun super-administrateur nominatif : demandez-en un par demande de changement, plus un second ou un compte système de secours.</translation>
    </message>
    <message>
        <source>Only one person-specific Super Administrator: add a second, or a backup system account.</source>
        <translation>Un seul super-administrateur nominatif : ajoutez-en un second, ou un compte système de secours.</translation>
    </message>
    <message>
        <source>Enhanced coverage (large accounts)</source>
        <translation>Couverture renforcée (grands comptes)</translation>
    </message>
    <message>
        <source>%1 users; %2 person-specific and %3 backup Super Administrators, %4 Full Administrators.</source>
        <translation>%1 utilisateurs ; %2 super-administrateurs nominatifs et %3 de secours, %4 administrateurs complets.</translation>
    </message>
    <message>
        <source>Accounts of %1 users or more should have 1 primary and 2 backup Super Administrators and 2–3 Full Administrators.</source>
        <translation>Les comptes de %1 utilisateurs ou plus devraient avoir 1 super-administrateur principal, 2 de secours et 2 à 3 administrateurs complets.</translation>
    </message>
    <message>
        <source>Two-step authentication for every admin</source>
        <translation>Authentification à deux facteurs pour chaque administrateur</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) checked; SSO administrators use the identity provider&apos;s second factor.</source>
        <translation>
            <numerusform>%n administrateur vérifié ; les administrateurs SSO utilisent le second facteur du fournisseur d’identité.</numerusform>
            <numerusform>%n administrateurs vérifiés ; les administrateurs SSO utilisent le second facteur du fournisseur d’identité.</numerusform>
        </translation>
    </message>
    <message>
        <source>no sign-in method recorded: %1</source>
        <translation>aucune méthode de connexion enregistrée : %1</translation>
    </message>
    <message>
        <source>password without a second factor: %1</source>
        <translation>mot de passe sans second facteur : %1</translation>
    </message>
    <message>
        <source>Enroll each of them in Admin Management (SSO, or a local password with TOTP).</source>
        <translation>Inscrivez chacun dans la gestion des administrateurs (SSO, ou mot de passe local avec TOTP).</translation>
    </message>
    <message>
        <source>Backup accounts have a local password</source>
        <translation>Les comptes de secours ont un mot de passe local</translation>
    </message>
    <message>
        <source>No backup account.</source>
        <translation>Aucun compte de secours.</translation>
    </message>
    <message>
        <source>Backup accounts: %1</source>
        <translation>Comptes de secours : %1</translation>
    </message>
    <message>
        <source>Without a local (cloud) password: %1</source>
        <translation>Sans mot de passe local (cloud) : %1</translation>
    </message>
    <message>
        <source>Give backup accounts a local password with TOTP so they survive an SSO or directory outage.</source>
        <translation>Donnez aux comptes de secours un mot de passe local avec TOTP pour qu’ils survivent à une panne SSO ou d’annuaire.</translation>
    </message>
    <message numerus="yes">
        <source>Backup access tested within %n days</source>
        <translation>
            <numerusform>Accès de secours testé dans les %n jour</numerusform>
            <numerusform>Accès de secours testé dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup access test is recorded.</source>
        <translation>Aucun test d’accès de secours n’est enregistré.</translation>
    </message>
    <message>
        <source>Sign in as a backup account (login, second factor, permissions) and record the result.</source>
        <translation>Connectez-vous avec un compte de secours (connexion, second facteur, autorisations) et enregistrez le résultat.</translation>
    </message>
    <message numerus="yes">
        <source>Last test %n day(s) ago, of %1: %2.</source>
        <translation>
            <numerusform>Dernier test il y a %n jour, de %1 : %2.</numerusform>
            <numerusform>Dernier test il y a %n jours, de %1 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>The last backup access test failed: fix the backup account and test again.</source>
        <translation>Le dernier test d’accès de secours a échoué : corrigez le compte de secours et testez à nouveau.</translation>
    </message>
    <message>
        <source>Test backup access again (login, second factor, permissions) and record the result.</source>
        <translation>Testez à nouveau l’accès de secours (connexion, second facteur, autorisations) et enregistrez le résultat.</translation>
    </message>
    <message>
        <source>Access list reviewed this quarter</source>
        <translation>Liste des accès revue ce trimestre</translation>
    </message>
    <message>
        <source>No access review is recorded.</source>
        <translation>Aucune revue des accès n’est enregistrée.</translation>
    </message>
    <message>
        <source>Review who holds which administrator role and record the review.</source>
        <translation>Vérifiez qui détient quel rôle d’administrateur et enregistrez la revue.</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed %n day(s) ago by %1.</source>
        <translation>
            <numerusform>Revue il y a %n jour par %1.</numerusform>
            <numerusform>Revue il y a %n jours par %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the administrator list again; the last review is older than a quarter.</source>
        <translation>Revoyez la liste des administrateurs ; la dernière revue date de plus d’un trimestre.</translation>
    </message>
    <message>
        <source>%1 holds no administrator role in %2.</source>
        <translation>%1 ne détient aucun rôle d’administrateur dans %2.</translation>
    </message>
    <message>
        <source>Backup credentials are in the OS keychain</source>
        <translation>Les identifiants de secours sont dans le trousseau du système</translation>
    </message>
    <message numerus="yes">
        <source>%n backup credential(s) found in the keychain.</source>
        <translation>
            <numerusform>%n identifiant de secours trouvé dans le trousseau.</numerusform>
            <numerusform>%n identifiants de secours trouvés dans le trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock or start the OS keychain on this computer, then check again.</source>
        <translation>Déverrouillez ou démarrez le trousseau du système sur cet ordinateur, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>No credential in the keychain for: %1</source>
        <translation>Aucun identifiant dans le trousseau pour : %1</translation>
    </message>
    <message>
        <source>Rotate the credential of each in Admin Management to store a new one in the keychain.</source>
        <translation>Renouvelez les identifiants de chacun dans la gestion des administrateurs pour en stocker de nouveaux dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 lignes : %2 nouvelles, %3 mises à jour, %4 déplacées, %5 changements d’adresse, %6 attributions de rôle.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows.</source>
        <translation>… et %1 autres lignes refusées.</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) → %4 (%5) removes: %6</source>
        <translation>Ligne %1 : %2 (%3) → %4 (%5) retire : %6</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]</translation>
    </message>
    <message>
        <source>import needs a CSV file (or - for standard input).</source>
        <translation>import attend un fichier CSV (ou - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportHeader</name>
    <message>
        <source>The file is empty; a directory CSV starts with a header row.</source>
        <translation>Le fichier est vide ; un CSV d’annuaire commence par une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Line %1 holds data (&quot;%2&quot;) where the header row belongs; the first row must name the columns: %3.</source>
        <translation>La ligne %1 contient des données (« %2 ») à la place de la ligne d’en-tête ; la première ligne doit nommer les colonnes : %3.</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot;. The columns are: %3.</source>
        <translation>Ligne %1 : colonne inconnue « %2 ». Les colonnes sont : %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Ligne %1 : la colonne « %2 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Line %1: the header has no emailAddress column, so this is either not a directory file or its header row is missing.</source>
        <translation>Ligne %1 : l’en-tête n’a pas de colonne emailAddress ; ce n’est donc pas un fichier d’annuaire, ou sa ligne d’en-tête manque.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 is a group; users belong to master, standard or mail-processing accounts.</source>
        <translation>%1 est un groupe ; les utilisateurs appartiennent aux comptes maîtres, standard ou de traitement du courrier.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; cannot be given by import; use one of: %2.</source>
        <translation>le rôle « %1 » ne peut pas être attribué par importation ; utilisez l’un de : %2.</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2.</source>
        <translation>%1 champs, mais l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>emailAddress is empty.</source>
        <translation>emailAddress est vide.</translation>
    </message>
    <message>
        <source>remoteaccountcode is empty; every row names its account.</source>
        <translation>remoteaccountcode est vide ; chaque ligne indique son compte.</translation>
    </message>
    <message>
        <source>unknown account code &quot;%1&quot;.</source>
        <translation>code de compte inconnu « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not in one of %2&apos;s internal domains.</source>
        <translation>%1 n’appartient à aucun domaine interne de %2.</translation>
    </message>
    <message>
        <source>allowAddressMigration must be true or false, not &quot;%1&quot;.</source>
        <translation>allowAddressMigration doit valoir true ou false, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 already belongs to account %2; set allowAddressMigration to true to move it.</source>
        <translation>%1 appartient déjà au compte %2 ; mettez allowAddressMigration à true pour la déplacer.</translation>
    </message>
    <message>
        <source>moving %1 would remove its admin roles: %2</source>
        <translation>déplacer %1 retirerait ses rôles d’administrateur : %2</translation>
    </message>
    <message>
        <source>changing %1 to %2 would remove its admin roles: %3</source>
        <translation>changer %1 en %2 retirerait ses rôles d’administrateur : %3</translation>
    </message>
    <message>
        <source>changes the same user as line %1.</source>
        <translation>modifie le même utilisateur que la ligne %1.</translation>
    </message>
    <message>
        <source>%1 appears again; it is first on line %2.</source>
        <translation>%1 apparaît de nouveau ; d’abord à la ligne %2.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Choose the account to import into, or add a remoteaccountcode column.</source>
        <translation>Choisissez le compte de destination ou ajoutez une colonne remoteaccountcode.</translation>
    </message>
    <message>
        <source>%1 is a master account: the file needs a remoteaccountcode column naming each row&apos;s account.</source>
        <translation>%1 est un compte maître : le fichier doit avoir une colonne remoteaccountcode indiquant le compte de chaque ligne.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne a été refusée ; rien n’a été importé.</numerusform>
            <numerusform>%n lignes ont été refusées ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin role(s) would be removed by address changes; review them and confirm to import.</source>
        <translation>
            <numerusform>%n rôle d’administrateur serait retiré par des changements d’adresse ; vérifiez-les et confirmez l’importation.</numerusform>
            <numerusform>%n rôles d’administrateur seraient retirés par des changements d’adresse ; vérifiez-les et confirmez l’importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only; nothing was changed.</source>
        <translation>Vérification seule ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]</translation>
    </message>
    <message>
        <source>init needs --account-code, --account-name and --email.</source>
        <translation>init exige --account-code, --account-name et --email.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>Code à usage unique de l’application : </translation>
    </message>
    <message>
        <source>Created account %1 with %2 as its first Super Administrator.</source>
        <translation>Compte %1 créé avec %2 comme premier super-administrateur.</translation>
    </message>
</context>
<context>
    <name>IpCommand</name>
    <message>
        <source>  ip show --account C | set --account C [--partner-exempt] CIDR...</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  ip show --account C | set --account C [--partner-exempt] CIDR...</translation>
    </message>
    <message>
        <source>ip needs show or set.</source>
        <translation>ip attend show ou set.</translation>
    </message>
    <message>
        <source>%1 allows: %2
Partner sign-in exempt: %3</source>
        <translation>%1 autorise : %2
Connexion des partenaires exemptée : %3</translation>
    </message>
    <message>
        <source>any address (no allow-list)</source>
        <translation>toute adresse (pas de liste d’autorisation)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <source>An IP range cannot be empty.</source>
        <translation>Une plage IP ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address (expected e.g. 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>« %1 » n’est pas une adresse IPv4 ou IPv6 (attendu p. ex. 192.0.2.0/24 ou 2001:db8::/32).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length must be a number from 0 to %2 for an %3 address.</source>
        <translation>« %1 » : la longueur de préfixe doit être un nombre de 0 à %2 pour une adresse %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR range.</source>
        <translation>« %1 » n’est pas une plage CIDR valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
</context>
<context>
    <name>IpRestrictionsDialog</name>
    <message>
        <source>IP Restrictions</source>
        <translation>Restrictions IP</translation>
    </message>
    <message>
        <source>Administrators may act in this account only from these ranges, one per line (IPv4 or IPv6 CIDR, e.g. 192.0.2.0/24 or 2001:db8::/32; a single address is allowed). An empty list admits every address.</source>
        <translation>Les administrateurs ne peuvent agir dans ce compte que depuis ces plages, une par ligne (CIDR IPv4 ou IPv6, p. ex. 192.0.2.0/24 ou 2001:db8::/32 ; une adresse seule est permise). Une liste vide admet toute adresse.</translation>
    </message>
    <message>
        <source>&amp;Partner administrators may sign in from any address</source>
        <translation>Les administrateurs &amp;partenaires peuvent se connecter depuis toute adresse</translation>
    </message>
    <message>
        <source>Allowed address ranges, one per line</source>
        <translation>Plages d’adresses autorisées, une par ligne</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>  key rotate [--confirm-otp CODE] | export --to FILE [--confirm-otp CODE] | import FILE [--name NAME]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  key rotate [--confirm-otp CODE] | export --to FILE [--confirm-otp CODE] | import FILE [--name NAME]</translation>
    </message>
    <message>
        <source>key takes rotate, export or import.</source>
        <translation>key attend rotate, export ou import.</translation>
    </message>
    <message>
        <source>Recovery kit passphrase: </source>
        <translation>Phrase secrète du kit de récupération : </translation>
    </message>
    <message>
        <source>The passphrase again: </source>
        <translation>La phrase secrète à nouveau : </translation>
    </message>
    <message>
        <source>The database key was rotated; every approved computer takes the new key up at its next start or sign-in.</source>
        <translation>La clé de base de données a été renouvelée ; chaque ordinateur approuvé reprend la nouvelle clé à son prochain démarrage ou à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Say where the recovery kit goes: --to FILE.</source>
        <translation>Indiquez où écrire le kit de récupération : --to FILE.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the recovery kit to %1: %2</source>
        <translation>Impossible d&apos;écrire le kit de récupération dans %1 : %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</source>
        <translation>Kit de récupération écrit dans %1. Conservez-le séparément de sa phrase secrète, en lieu sûr et hors ligne.</translation>
    </message>
    <message>
        <source>Name the recovery kit file: key import FILE.</source>
        <translation>Indiquez le fichier du kit de récupération : key import FILE.</translation>
    </message>
    <message>
        <source>Cannot read the recovery kit %1: %2</source>
        <translation>Impossible de lire le kit de récupération %1 : %2</translation>
    </message>
    <message>
        <source>The database key was restored to this computer&apos;s keychain; this computer is listed as approved by recovery kit. Sign in with your password and a one-time code.</source>
        <translation>La clé de base de données a été restaurée dans le trousseau de cet ordinateur ; cet ordinateur figure comme approuvé par kit de récupération. Connectez-vous avec votre mot de passe et un code à usage unique.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The OS keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau du système refuse l’accès (est-il verrouillé ?) : %1</translation>
    </message>
    <message>
        <source>The OS keychain reported an error: %1</source>
        <translation>Le trousseau du système signale une erreur : %1</translation>
    </message>
    <message>
        <source>No OS keychain is running; Warden stores secrets only there. Start your desktop&apos;s keyring (for example gnome-keyring) and try again.</source>
        <translation>Aucun trousseau du système n’est actif ; Warden ne stocke les secrets que là. Démarrez le trousseau de votre bureau (par exemple gnome-keyring) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain holds no entry %1.</source>
        <translation>Le trousseau ne contient pas d’entrée %1.</translation>
    </message>
    <message>
        <source>The OS keychain is locked. Unlock it (your desktop keyring&apos;s password) and try again; nothing was changed.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le (mot de passe du trousseau de votre bureau) et réessayez ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>LdapSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The directory server refused the bind: the bind DN or its password is wrong.</source>
        <translation>Le serveur d’annuaire a refusé le bind : le DN de bind ou son mot de passe est faux.</translation>
    </message>
    <message>
        <source>The directory server refused the bind: it requires another way to sign in (such as TLS).</source>
        <translation>Le serveur d’annuaire a refusé le bind : il exige une autre façon de se connecter (comme TLS).</translation>
    </message>
    <message>
        <source>TLS failure with %1: the server&apos;s certificate is not trusted (check the CA file) or TLS could not be negotiated.</source>
        <translation>Échec TLS avec %1 : le certificat du serveur n’est pas reconnu (vérifiez le fichier CA) ou TLS n’a pas pu être négocié.</translation>
    </message>
    <message>
        <source>The directory server %1 cannot be reached.</source>
        <translation>Le serveur d’annuaire %1 est injoignable.</translation>
    </message>
    <message>
        <source>The search filter is not valid LDAP syntax.</source>
        <translation>Le filtre de recherche n’est pas une syntaxe LDAP valide.</translation>
    </message>
    <message>
        <source>The directory server stopped the search at its size limit.</source>
        <translation>Le serveur d’annuaire a arrêté la recherche à sa limite de taille.</translation>
    </message>
    <message>
        <source>The directory server stopped the search at its time limit.</source>
        <translation>Le serveur d’annuaire a arrêté la recherche à sa limite de temps.</translation>
    </message>
    <message>
        <source>The base DN does not exist on the directory server.</source>
        <translation>Le DN de base n’existe pas sur le serveur d’annuaire.</translation>
    </message>
    <message>
        <source>The bind identity may not read there.</source>
        <translation>L’identité de bind n’a pas le droit de lire à cet endroit.</translation>
    </message>
    <message>
        <source>The directory server rejected the search (check the filter and the attribute names).</source>
        <translation>Le serveur d’annuaire a rejeté la recherche (vérifiez le filtre et les noms d’attributs).</translation>
    </message>
    <message>
        <source>The server address is not an ldap:// or ldaps:// URL.</source>
        <translation>L’adresse du serveur n’est pas une URL ldap:// ou ldaps://.</translation>
    </message>
    <message>
        <source>The directory server failed.</source>
        <translation>Le serveur d’annuaire a échoué.</translation>
    </message>
    <message>
        <source>(%1 while %2: %3)</source>
        <translation>(%1 en %2 : %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ldap:// or ldaps:// server address.</source>
        <translation>« %1 » n’est pas une adresse de serveur ldap:// ou ldaps://.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>se connectant</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>démarrant TLS</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>faisant le bind</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lisant %1</translation>
    </message>
    <message>
        <source>asking for paged results</source>
        <translation>demandant des résultats paginés</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>cherchant</translation>
    </message>
    <message>
        <source>reading page %1 of the search</source>
        <translation>lisant la page %1 de la recherche</translation>
    </message>
    <message>
        <source>reading the search result</source>
        <translation>lisant le résultat de la recherche</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>Cette modification nécessite une demande de changement.

%1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database holds tables that are not Warden&apos;s; refusing to change it.</source>
        <translation>Cette base contient des tables qui ne sont pas à Warden ; elle ne sera pas modifiée.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is missing.</source>
        <translation>La version de schéma de la base manque.</translation>
    </message>
    <message>
        <source>This database was written by a newer Warden (schema version %1; this Warden knows up to %2). Upgrade Warden to open it; the database was not changed.</source>
        <translation>Cette base a été écrite par une version plus récente de Warden (schéma %1 ; cette version connaît jusqu’à %2). Mettez Warden à jour pour l’ouvrir ; la base n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>NewChangeRequestDialog</name>
    <message>
        <source>New Change Request</source>
        <translation>Nouvelle demande de changement</translation>
    </message>
    <message>
        <source>Protected roles change only through a request approved by a different person: an account contact of Director level or higher, who confirms with their password and a one-time code. Requests expire after 7 days.</source>
        <translation>Les rôles protégés ne changent que par une demande approuvée par une autre personne : un contact du compte de niveau directeur ou supérieur, qui confirme avec son mot de passe et un code à usage unique. Les demandes expirent après 7 jours.</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Why the change is needed; the approver decides on this.</source>
        <translation>Pourquoi le changement est nécessaire ; l’approbateur décide sur cette base.</translation>
    </message>
</context>
<context>
    <name>PartnerCommand</name>
    <message>
        <source>  partner list | delegate --account C PARTNER | revoke --account C PARTNER</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  partner list | delegate --account C PARTNER | revoke --account C PARTNER</translation>
    </message>
    <message>
        <source>partner needs list, delegate or revoke.</source>
        <translation>partner attend list, delegate ou revoke.</translation>
    </message>
    <message>
        <source>%1 now delegates to %2.</source>
        <translation>%1 délègue désormais à %2.</translation>
    </message>
    <message>
        <source>%1 no longer delegates to %2.</source>
        <translation>%1 ne délègue plus à %2.</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Partner organisations are registered by the service provider, not from inside an account.</source>
        <translation>Les organisations partenaires sont enregistrées par le fournisseur de service, pas depuis un compte.</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>Le partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>A partner&apos;s home account must be a standard account; %1 is a %2 account.</source>
        <translation>Le compte d’origine d’un partenaire doit être un compte standard ; %1 est un compte de type %2.</translation>
    </message>
    <message>
        <source>The partner &quot;%1&quot; already exists or already uses %2 as its home account.</source>
        <translation>Le partenaire « %1 » existe déjà ou utilise déjà %2 comme compte d’origine.</translation>
    </message>
    <message>
        <source>There is no partner called &quot;%1&quot;.</source>
        <translation>Il n’existe aucun partenaire nommé « %1 ».</translation>
    </message>
    <message>
        <source>That partner no longer exists.</source>
        <translation>Ce partenaire n’existe plus.</translation>
    </message>
    <message>
        <source>A partner cannot delegate its own account to itself.</source>
        <translation>Un partenaire ne peut pas se déléguer son propre compte.</translation>
    </message>
    <message>
        <source>%1 already delegates to %2.</source>
        <translation>%1 délègue déjà à %2.</translation>
    </message>
    <message>
        <source>%1 does not delegate to that partner.</source>
        <translation>%1 ne délègue pas à ce partenaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 is inside %2&apos;s own domain %3. External administrators come from outside the customer&apos;s domains; give internal people a role with Add User to Role.</source>
        <translation>%1 appartient au domaine %3 de %2. Les administrateurs externes viennent de l’extérieur des domaines du client ; donnez un rôle aux personnes internes avec « Ajouter un utilisateur au rôle ».</translation>
    </message>
    <message>
        <source>%1 is not an administrator of any partner organisation known to Warden.</source>
        <translation>%1 n’est administrateur d’aucune organisation partenaire connue de Warden.</translation>
    </message>
    <message>
        <source>%1 is disabled in %2&apos;s directory.</source>
        <translation>%1 est désactivé dans l’annuaire de %2.</translation>
    </message>
    <message>
        <source>%1 does not delegate administration to %2; delegate the account to the partner first.</source>
        <translation>%1 ne délègue pas son administration à %2 ; déléguez d’abord le compte au partenaire.</translation>
    </message>
    <message>
        <source>Only partner administrators may give the Partner Administrator role.</source>
        <translation>Seuls les administrateurs partenaires peuvent attribuer le rôle d’administrateur partenaire.</translation>
    </message>
    <message>
        <source>%1 is already an external administrator of %2 (%3); change the role instead.</source>
        <translation>%1 est déjà administrateur externe de %2 (%3) ; changez plutôt son rôle.</translation>
    </message>
    <message>
        <source>The external administrator was not recorded.</source>
        <translation>L’administrateur externe n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>%1 is not an external administrator of %2.</source>
        <translation>%1 n’est pas administrateur externe de %2.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 a déjà le rôle %2.</translation>
    </message>
    <message>
        <source>Added as %1.</source>
        <translation>Ajouté en tant que %1.</translation>
    </message>
    <message>
        <source>Role changed from %1 to %2.</source>
        <translation>Rôle changé de %1 à %2.</translation>
    </message>
    <message>
        <source>Unchanged: already an external administrator as %1.</source>
        <translation>Inchangé : déjà administrateur externe en tant que %1.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium n’a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Mémoire insuffisante pour hacher le mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>Le mot de passe ne peut pas contenir que des espaces.</translation>
    </message>
</context>
<context>
    <name>PermissionSet</name>
    <message>
        <source>Admin Management</source>
        <translation>Gestion des administrateurs</translation>
    </message>
    <message>
        <source>Account Roles</source>
        <translation>Rôles du compte</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>Account Hierarchy</source>
        <translation>Hiérarchie des comptes</translation>
    </message>
    <message>
        <source>External Administrators</source>
        <translation>Administrateurs externes</translation>
    </message>
    <message>
        <source>Internal Directories</source>
        <translation>Annuaires internes</translation>
    </message>
    <message>
        <source>Directory Import</source>
        <translation>Import d’annuaire</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Synchronisation d’annuaire</translation>
    </message>
    <message>
        <source>Audit Logs</source>
        <translation>Journaux d’audit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Policies and Detection Engine Configuration</source>
        <translation>Stratégies et configuration du moteur de détection</translation>
    </message>
    <message>
        <source>Allow / Block Rules</source>
        <translation>Règles d’autorisation / de blocage</translation>
    </message>
    <message>
        <source>Authorized Outbounds</source>
        <translation>Sorties autorisées</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>Track and Trace</source>
        <translation>Suivi des messages</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Archive Search</source>
        <translation>Recherche dans l’archive</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source>Sync Engine Sites</source>
        <translation>Sites du moteur de synchronisation</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>the protected permission %1</source>
        <translation>l’autorisation protégée %1</translation>
    </message>
    <message>
        <source>the role management level %1</source>
        <translation>le niveau de gestion des rôles %1</translation>
    </message>
    <message>
        <source>Unknown application area &quot;%1&quot;.</source>
        <translation>Domaine d’application inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Verbe inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown protected permission &quot;%1&quot;.</source>
        <translation>Autorisation protégée inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown role management level &quot;%1&quot;.</source>
        <translation>Niveau de gestion des rôles inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Take Action</source>
        <translation>Agir</translation>
    </message>
    <message>
        <source>Content View</source>
        <translation>Consultation du contenu</translation>
    </message>
    <message>
        <source>Message Export</source>
        <translation>Export de messages</translation>
    </message>
    <message>
        <source>Retention Adjust</source>
        <translation>Ajustement de la rétention</translation>
    </message>
    <message>
        <source>Smart Tag Assign</source>
        <translation>Attribution de Smart Tags</translation>
    </message>
    <message>
        <source>Delegate Mailbox</source>
        <translation>Délégation de boîte aux lettres</translation>
    </message>
    <message>
        <source>Cannot Manage Roles</source>
        <translation>Ne peut pas gérer les rôles</translation>
    </message>
    <message>
        <source>Manage Application Roles</source>
        <translation>Gérer les rôles d’application</translation>
    </message>
    <message>
        <source>Protected Roles</source>
        <translation>Rôles protégés</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time Warden starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Warden.</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message numerus="yes">
        <source>The recovery kit&apos;s passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète du kit de récupération doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète du kit de récupération doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to protect the recovery kit.</source>
        <translation>Mémoire insuffisante pour protéger le kit de récupération.</translation>
    </message>
    <message>
        <source>This file is not a Warden recovery kit, or it is incomplete (truncated).</source>
        <translation>Ce fichier n&apos;est pas un kit de récupération Warden, ou il est incomplet (tronqué).</translation>
    </message>
    <message>
        <source>This recovery kit was written by a newer Warden (format version %1).</source>
        <translation>Ce kit de récupération a été écrit par un Warden plus récent (version de format %1).</translation>
    </message>
    <message>
        <source>This recovery kit belongs to another database (%1), not to this one (%2).</source>
        <translation>Ce kit de récupération appartient à une autre base de données (%1), pas à celle-ci (%2).</translation>
    </message>
    <message>
        <source>This recovery kit is damaged: its fields are incomplete.</source>
        <translation>Ce kit de récupération est endommagé : ses champs sont incomplets.</translation>
    </message>
    <message>
        <source>Not enough memory to open the recovery kit.</source>
        <translation>Mémoire insuffisante pour ouvrir le kit de récupération.</translation>
    </message>
    <message>
        <source>The passphrase does not open this recovery kit (or the kit was altered).</source>
        <translation>La phrase secrète n&apos;ouvre pas ce kit de récupération (ou le kit a été modifié).</translation>
    </message>
</context>
<context>
    <name>RequestAccessDialog</name>
    <message>
        <source>Request Access from This Computer</source>
        <translation>Demander l&apos;accès depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in with your administrator address and password to ask for access. An administrator who may manage you approves this computer after comparing its fingerprint with you.</source>
        <translation>Connectez-vous avec votre adresse d&apos;administrateur et votre mot de passe pour demander l&apos;accès. Un administrateur habilité à vous gérer approuve cet ordinateur après avoir comparé son empreinte avec vous.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Computer &amp;name:</source>
        <translation>&amp;Nom de l&apos;ordinateur :</translation>
    </message>
    <message>
        <source>Restore from Recovery &amp;Kit…</source>
        <translation>Restaurer depuis un &amp;kit de récupération…</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>  request list --account C | create --account C --kind K [--role R] [--user EMAIL] [--method M]
       --justification TEXT | approve ID [--confirm-otp CODE] | reject ID --note TEXT | cancel ID</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  request list --account C | create --account C --kind K [--role R] [--user EMAIL] [--method M]
       --justification TEXT | approve ID [--confirm-otp CODE] | reject ID --note TEXT | cancel ID</translation>
    </message>
    <message>
        <source>request takes list, create, approve, reject or cancel.</source>
        <translation>request accepte list, create, approve, reject ou cancel.</translation>
    </message>
    <message>
        <source>Name the request by its number.</source>
        <translation>Indiquez le numéro de la demande.</translation>
    </message>
    <message>
        <source>--kind is add_member, remove_member, reset_password, content_view_on or content_view_off.</source>
        <translation>--kind vaut add_member, remove_member, reset_password, content_view_on ou content_view_off.</translation>
    </message>
    <message numerus="yes">
        <source>Filed request #%1; an account contact of Director level or higher must approve it within %n day(s).</source>
        <translation>
            <numerusform>Demande n° %1 déposée ; un contact du compte de niveau directeur ou supérieur doit l’approuver dans les %n jour.</numerusform>
            <numerusform>Demande n° %1 déposée ; un contact du compte de niveau directeur ou supérieur doit l’approuver dans les %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved and applied request #%1.</source>
        <translation>Demande n° %1 approuvée et appliquée.</translation>
    </message>
</context>
<context>
    <name>RevealCredentialDialog</name>
    <message>
        <source>Backup Credential</source>
        <translation>Identifiants de secours</translation>
    </message>
</context>
<context>
    <name>RoleCommand</name>
    <message>
        <source>Protected permissions: %1</source>
        <translation>Autorisations protégées : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Role management: %1</source>
        <translation>Gestion des rôles : %1</translation>
    </message>
    <message>
        <source>  role list --account C | show --account C ROLE | members --account C ROLE
       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL
       create --account C NAME [--description D] [--permissions JSON]
       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  role list --account C | show --account C ROLE | members --account C ROLE
       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL
       create --account C NAME [--description D] [--permissions JSON]
       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]</translation>
    </message>
    <message>
        <source>role takes list, show, members, add-member, remove-member, create, copy or delete.</source>
        <translation>role accepte list, show, members, add-member, remove-member, create, copy ou delete.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>--permissions: %1</source>
        <translation>--permissions : %1</translation>
    </message>
    <message>
        <source>Created role &quot;%1&quot;.</source>
        <translation>Rôle « %1 » créé.</translation>
    </message>
    <message>
        <source> (protected)</source>
        <translation> (protégé)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n utilisateur ajouté à « %1 ».</numerusform>
            <numerusform>%n utilisateurs ajoutés à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source> Already members: %1.</source>
        <translation> Déjà membres : %1.</translation>
    </message>
    <message>
        <source>Removed %1 from &quot;%2&quot;.</source>
        <translation>%1 retiré de « %2 ».</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>« %1 » copié vers « %2 ».</translation>
    </message>
    <message>
        <source>Deleted role &quot;%1&quot;.</source>
        <translation>Rôle « %1 » supprimé.</translation>
    </message>
    <message>
        <source> No sign-in method yet (they cannot sign in until one is set with &quot;wardenctl admin&quot;): %1.</source>
        <translation> Sans méthode de connexion (connexion impossible tant qu’aucune n’est définie avec « wardenctl admin ») : %1.</translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <source>Role Editor</source>
        <translation>Éditeur de rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Application permissions:</source>
        <translation>Autorisations d’application :</translation>
    </message>
    <message>
        <source>Protected permissions</source>
        <translation>Autorisations protégées</translation>
    </message>
    <message>
        <source>Content View</source>
        <translation>Consultation du contenu</translation>
    </message>
    <message>
        <source>Message Export</source>
        <translation>Export de messages</translation>
    </message>
    <message>
        <source>Retention Adjust</source>
        <translation>Ajustement de la rétention</translation>
    </message>
    <message>
        <source>Smart Tag Assign</source>
        <translation>Attribution de Smart Tags</translation>
    </message>
    <message>
        <source>Delegate Mailbox</source>
        <translation>Délégation de boîte aux lettres</translation>
    </message>
    <message>
        <source>Role &amp;management:</source>
        <translation>&amp;Gestion des rôles :</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Autorisations du rôle</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>A role needs a name.</source>
        <translation>Un rôle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A role name has at most 100 characters.</source>
        <translation>Un nom de rôle compte au plus 100 caractères.</translation>
    </message>
    <message>
        <source>This account already has a role named &quot;%1&quot;.</source>
        <translation>Ce compte a déjà un rôle nommé « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n member(s). Remove them first, or choose &quot;Remove members and delete&quot;.</source>
        <translation>
            <numerusform>« %1 » a encore %n membre. Retirez-le d’abord ou choisissez « Retirer les membres et supprimer ».</numerusform>
            <numerusform>« %1 » a encore %n membres. Retirez-les d’abord ou choisissez « Retirer les membres et supprimer ».</numerusform>
        </translation>
    </message>
    <message>
        <source>No users were selected.</source>
        <translation>Aucun utilisateur n’a été sélectionné.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 n’est pas dans l’annuaire interne.</translation>
    </message>
    <message>
        <source>%1 belongs to another account&apos;s directory.</source>
        <translation>%1 appartient à l’annuaire d’un autre compte.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>The Partner Administrator role is only for partner (MSP) administrators.</source>
        <translation>Le rôle Administrateur partenaire est réservé aux administrateurs partenaires (MSP).</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <translation>Personne n’a été ajouté : %1</translation>
    </message>
    <message>
        <source>Cancelled; nobody was added.</source>
        <translation>Annulé ; personne n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n users → %1</source>
        <translation>
            <numerusform>%n utilisateur → %1</numerusform>
            <numerusform>%n utilisateurs → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a member of &quot;%2&quot;.</source>
        <translation>%1 n’est pas membre de « %2 ».</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 est le dernier super-administrateur de ce compte et ne peut pas être retiré. Ajoutez d’abord un autre super-administrateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while you edited it. Reload it and make your change again; nothing was saved.</source>
        <translation>« %1 » a été modifié par quelqu&apos;un d&apos;autre pendant votre modification. Rechargez-le et refaites votre modification ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 — reload it and make your change again; nothing was saved.</source>
        <translation>« %1 » a été modifié par %2 le %3 — rechargez-le et refaites votre modification ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nobody was selected.</source>
        <translation>Personne n’a été sélectionné.</translation>
    </message>
    <message>
        <source>Nobody was removed:
%1</source>
        <translation>Personne n’a été retiré :
%1</translation>
    </message>
    <message>
        <source>Removing %1 would leave this account without an active Super Administrator. Add another Super Administrator first, or keep one of them.</source>
        <translation>Retirer %1 laisserait ce compte sans Super Administrator actif. Ajoutez d’abord un autre Super Administrator, ou gardez l’un d’eux.</translation>
    </message>
</context>
<context>
    <name>RoleStore</name>
    <message>
        <source>No such role.</source>
        <translation>Ce rôle n’existe pas.</translation>
    </message>
    <message>
        <source>There is no role named &quot;%1&quot;.</source>
        <translation>Aucun rôle ne s’appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Only a signed-in administrator can open a session.</source>
        <translation>Seul un administrateur connecté peut ouvrir une session.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>La session est terminée ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session was opened from another address (%1); sign in again from this one.</source>
        <translation>La session a été ouverte depuis une autre adresse (%1) ; reconnectez-vous depuis celle-ci.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Warden</source>
        <translation>Connexion à Warden</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Sign in with your administrator address, password and the one-time code from your authenticator app. First time, with a temporary password? Leave the code empty.</source>
        <translation>Connectez-vous avec votre adresse d’administrateur, votre mot de passe et le code à usage unique de votre application d’authentification. Première fois, avec un mot de passe temporaire ? Laissez le code vide.</translation>
    </message>
</context>
<context>
    <name>SigninCommand</name>
    <message>
        <source>  signin   sign in once; the session is kept in the keychain for the next commands</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  signin   se connecter une fois ; la session reste dans le trousseau pour les commandes suivantes</translation>
    </message>
    <message>
        <source>Signed in as %1; the session lasts %2 minutes after the last command.</source>
        <translation>Connecté en tant que %1 ; la session dure %2 minutes après la dernière commande.</translation>
    </message>
</context>
<context>
    <name>SignoutCommand</name>
    <message>
        <source>  signout  end the session kept in the keychain</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  signout  fermer la session gardée dans le trousseau</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import), %8 left out.</source>
        <translation>Exécution %1 : %2 entrées lues — %3 nouvelles, %4 modifiées, %5 inchangées, %6 désactivées, %7 laissées telles quelles (ajoutées à la main ou par import), %8 écartées.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <source>Address change: %1 → %2 removes: %3</source>
        <translation>Changement d’adresse : %1 → %2 retire : %3</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Disabled (gone from the directory): %1%2</source>
        <translation>Désactivé (absent de l’annuaire) : %1%2</translation>
    </message>
    <message>
        <source> — still holds %1</source>
        <translation> — détient encore %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation>Écartée : %1 : %2</translation>
    </message>
    <message>
        <source>… and %1 more left out.</source>
        <translation>… et %1 autres écartées.</translation>
    </message>
    <message>
        <source>Applied in %1 ms.</source>
        <translation>Appliqué en %1 ms.</translation>
    </message>
    <message>
        <source>  sync configure --account C [--preset ad|openldap] [--url URL] [--start-tls] [--bind-dn DN]
                 [--base-dn DN] [--filter F] [--ca-file FILE] [--map-email A] [--map-name A]
                 [--map-upn A] [--map-disabled A] [--domains D,D] [--schedule-minutes N]
                 [--ask-password]   (bind password from WARDEN_SYNC_PASSWORD or a prompt)
  sync show --account C
  sync test --account C
  sync run --account C [--dry-run] [--confirm-address-changes] [--full] [--json]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  sync configure --account C [--preset ad|openldap] [--url URL] [--start-tls] [--bind-dn DN]
                 [--base-dn DN] [--filter F] [--ca-file FILE] [--map-email A] [--map-name A]
                 [--map-upn A] [--map-disabled A] [--domains D,D] [--schedule-minutes N]
                 [--ask-password]   (bind password from WARDEN_SYNC_PASSWORD or a prompt)
  sync show --account C
  sync test --account C
  sync run --account C [--dry-run] [--confirm-address-changes] [--full] [--json]</translation>
    </message>
    <message>
        <source>sync needs configure, show, test or run.</source>
        <translation>sync attend configure, show, test ou run.</translation>
    </message>
    <message>
        <source>--preset is ad or openldap, not &quot;%1&quot;.</source>
        <translation>--preset vaut ad ou openldap, pas « %1 ».</translation>
    </message>
    <message>
        <source>--schedule-minutes is a number of minutes (0: only when asked).</source>
        <translation>--schedule-minutes est un nombre de minutes (0 : seulement sur demande).</translation>
    </message>
    <message>
        <source>Bind password: </source>
        <translation>Mot de passe de bind : </translation>
    </message>
    <message>
        <source>Directory connector of %1 saved (version %2): %3, base %4, filter %5.</source>
        <translation>Connecteur d’annuaire de %1 enregistré (version %2) : %3, base %4, filtre %5.</translation>
    </message>
    <message>
        <source>Server: %1%2</source>
        <translation>Serveur : %1%2</translation>
    </message>
    <message>
        <source> (StartTLS)</source>
        <translation> (StartTLS)</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>Fichier CA : %1</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>celles du système</translation>
    </message>
    <message>
        <source>Bind DN: %1 (password %2)</source>
        <translation>DN de bind : %1 (mot de passe %2)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>absent de cet ordinateur</translation>
    </message>
    <message>
        <source>Base DN: %1</source>
        <translation>DN de base : %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>Mapping: address %1, name %2, UPN %3, disabled %4</source>
        <translation>Correspondance : adresse %1, nom %2, UPN %3, désactivé %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Domaines : %1</translation>
    </message>
    <message>
        <source>every internal domain</source>
        <translation>chaque domaine interne</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Dernière exécution : jamais</translation>
    </message>
    <message>
        <source>Last run: %1, %2 in %3 ms%4</source>
        <translation>Dernière exécution : %1, %2 en %3 ms%4</translation>
    </message>
    <message>
        <source>%1 has no directory connector.</source>
        <translation>%1 n’a pas de connecteur d’annuaire.</translation>
    </message>
    <message>
        <source>Below: %1 — %2, last run %3 %4</source>
        <translation>En dessous : %1 — %2, dernière exécution %3 %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>This computer&apos;s keychain holds no bind password for this directory connector; enter it in Directory Synchronization (or wardenctl sync configure) on this computer.</source>
        <translation>Le trousseau de cet ordinateur ne contient pas de mot de passe de bind pour ce connecteur ; saisissez-le sur cet ordinateur dans Synchronisation de l’annuaire (ou avec wardenctl sync configure).</translation>
    </message>
    <message>
        <source>The server must be an ldap://host[:port] or ldaps://host[:port] address, not &quot;%1&quot;.</source>
        <translation>Le serveur doit être une adresse ldap://hôte[:port] ou ldaps://hôte[:port], pas « %1 ».</translation>
    </message>
    <message>
        <source>StartTLS is for ldap:// addresses; ldaps:// is TLS already.</source>
        <translation>StartTLS est pour les adresses ldap:// ; ldaps:// est déjà TLS.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier CA %1 est illisible.</translation>
    </message>
    <message>
        <source>The base DN is empty.</source>
        <translation>Le DN de base est vide.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; is not an LDAP filter: it is enclosed in parentheses, and they pair up.</source>
        <translation>Le filtre « %1 » n’est pas un filtre LDAP : il est entre parenthèses, et elles vont par paires.</translation>
    </message>
    <message>
        <source>Name the attribute that holds the primary SMTP address.</source>
        <translation>Indiquez l’attribut qui contient l’adresse SMTP principale.</translation>
    </message>
    <message>
        <source>%1 is a group; a directory connector belongs to an account with users.</source>
        <translation>%1 est un groupe ; un connecteur d’annuaire appartient à un compte avec des utilisateurs.</translation>
    </message>
    <message>
        <source>%1 is not an internal domain of %2.</source>
        <translation>%1 n’est pas un domaine interne de %2.</translation>
    </message>
    <message>
        <source>Give the bind password: this computer&apos;s keychain does not hold one yet.</source>
        <translation>Donnez le mot de passe de bind : le trousseau de cet ordinateur n’en contient pas encore.</translation>
    </message>
    <message>
        <source>Someone else changed this directory connector since you opened it; reopen it to see their change.</source>
        <translation>Quelqu’un d’autre a modifié ce connecteur depuis que vous l’avez ouvert ; rouvrez-le pour voir sa modification.</translation>
    </message>
    <message>
        <source>Connected to %1 and signed in as %2. The base DN exists and the filter matches at least %3 entries (%4 of them with %5).</source>
        <translation>Connecté à %1 en tant que %2. Le DN de base existe et le filtre trouve au moins %3 entrées (dont %4 avec %5).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 and signed in as %2. The base DN exists and the filter matches %n entries (%3 of them with %4).</source>
        <translation>
            <numerusform>Connecté à %1 en tant que %2. Le DN de base existe et le filtre trouve %n entrée (dont %3 avec %4).</numerusform>
            <numerusform>Connecté à %1 en tant que %2. Le DN de base existe et le filtre trouve %n entrées (dont %3 avec %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Synchronisation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The entry has no %1 (the address attribute).</source>
        <translation>L’entrée n’a pas de %1 (l’attribut d’adresse).</translation>
    </message>
    <message>
        <source>%1 is not in a domain this connector may write (%2).</source>
        <translation>%1 n’est dans aucun domaine que ce connecteur peut écrire (%2).</translation>
    </message>
    <message>
        <source>changing %1 to %2 would remove its admin roles: %3</source>
        <translation>changer %1 en %2 retirerait ses rôles d’administration : %3</translation>
    </message>
    <message>
        <source>%1 belongs to account %2; a sync never takes an address from another account.</source>
        <translation>%1 appartient au compte %2 ; une synchronisation ne prend jamais une adresse à un autre compte.</translation>
    </message>
    <message>
        <source>%1 is also the address of %2, which is kept.</source>
        <translation>%1 est aussi l’adresse de %2, qui est conservée.</translation>
    </message>
    <message>
        <source>changes the same person as %1, which is kept.</source>
        <translation>modifie la même personne que %1, qui est conservée.</translation>
    </message>
    <message>
        <source>the new address %1 is already another user&apos;s.</source>
        <translation>la nouvelle adresse %1 appartient déjà à un autre utilisateur.</translation>
    </message>
    <message>
        <source>This account has no directory connector; configure one first.</source>
        <translation>Ce compte n’a pas de connecteur d’annuaire ; configurez-en un d’abord.</translation>
    </message>
    <message>
        <source>Preview only; nothing was changed.</source>
        <translation>Aperçu seulement ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n admin role(s) would be removed by primary-address changes; review them and confirm to sync.</source>
        <translation>
            <numerusform>%n rôle d’administration serait retiré par des changements d’adresse principale ; vérifiez-les et confirmez pour synchroniser.</numerusform>
            <numerusform>%n rôles d’administration seraient retirés par des changements d’adresse principale ; vérifiez-les et confirmez pour synchroniser.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last active %2 of %3: left enabled although the directory no longer has it.</source>
        <translation>%1 est le dernier %2 actif de %3 : laissé activé bien que l’annuaire ne l’ait plus.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary Password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>This password is shown only now and is not stored anywhere readable. It was copied to the clipboard marked as a secret, so clipboard managers do not keep it. At the first sign-in it must be replaced and an authenticator app enrolled.</source>
        <translation>Ce mot de passe n’est affiché que maintenant et n’est stocké nulle part de façon lisible. Il a été copié dans le presse-papiers marqué comme secret, pour que les gestionnaires de presse-papiers ne le gardent pas. À la première connexion, il doit être remplacé et une application d’authentification enrôlée.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
</context>
<context>
    <name>TotpCodeCommand</name>
    <message>
        <source>  totp-code SECRET   print the current code for a base32 secret (like oathtool)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  totp-code SECRET   affiche le code actuel d’un secret base32 (comme oathtool)</translation>
    </message>
    <message>
        <source>totp-code needs a base32 secret.</source>
        <translation>totp-code exige un secret en base32.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E
       [--name N] [--upn U] | disable EMAIL | enable EMAIL | set-upn EMAIL UPN
       set-address EMAIL NEW-EMAIL [--confirm]   (removes the user&apos;s admin roles)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E
       [--name N] [--upn U] | disable EMAIL | enable EMAIL | set-upn EMAIL UPN
       set-address EMAIL NEW-EMAIL [--confirm]   (retire les rôles d’administrateur de l’utilisateur)</translation>
    </message>
    <message>
        <source>user takes list, show, add, disable, enable, set-address or set-upn.</source>
        <translation>user attend list, show, add, disable, enable, set-address ou set-upn.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>%1 — %2
Roles: %3</source>
        <translation>%1 — %2
Rôles : %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 activé.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 is now %2; removed roles: %3.</source>
        <translation>%1 est maintenant %2 ; rôles retirés : %3.</translation>
    </message>
    <message>
        <source>The UPN of %1 is now %2.</source>
        <translation>L’UPN de %1 est maintenant %2.</translation>
    </message>
</context>
<context>
    <name>UserFields</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The display name of %1 is longer than %2 characters.</source>
        <translation>Le nom d’affichage de %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The UPN of %1 is longer than %2 characters.</source>
        <translation>L’UPN de %1 dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>  watch [--account CODE] [--json]
           prints each change other consoles make, as it happens, until Ctrl+C; --json: one
           object per line {&quot;seq&quot;, &quot;kind&quot;, &quot;account&quot;, &quot;role&quot;, &quot;user&quot;, &quot;actor&quot;, …}</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  watch [--account CODE] [--json]
           affiche chaque modification des autres consoles dès qu&apos;elle a lieu, jusqu&apos;à Ctrl+C ; --json :
           un objet par ligne {&quot;seq&quot;, &quot;kind&quot;, &quot;account&quot;, &quot;role&quot;, &quot;user&quot;, &quot;actor&quot;, …}</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>The database server answers again; caught up.</source>
        <translation>Le serveur de base de données répond de nouveau ; tout est rattrapé.</translation>
    </message>
    <message>
        <source>Offline: %1 Retrying…</source>
        <translation>Hors ligne : %1 Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Watching for changes (Ctrl+C to stop)…</source>
        <translation>Surveillance des modifications (Ctrl+C pour arrêter)…</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>  whoami   who is signed in, and their roles in each account they see</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  whoami   qui est connecté, et ses rôles dans chaque compte visible</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the administrators of email-security accounts.</source>
        <translation>Gérer les administrateurs des comptes de sécurité e-mail.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>Fichier de base de données ou URL postgresql://.</translation>
    </message>
    <message>
        <source>Log level.</source>
        <translation>Niveau de journalisation.</translation>
    </message>
    <message>
        <source>Address to prefill at sign-in.</source>
        <translation>Adresse à préremplir à la connexion.</translation>
    </message>
    <message>
        <source>Warden cannot start</source>
        <translation>Warden ne peut pas démarrer</translation>
    </message>
    <message>
        <source>%1

Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</source>
        <translation>%1

Lancez « Vérifier la chaîne » dans le journal d’audit, et restaurez la base depuis une sauvegarde s’il manque des entrées.</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Password for the database server:</source>
        <translation>Mot de passe du serveur de base de données :</translation>
    </message>
    <message>
        <source>Warden is already open for this database; it was brought to the front.</source>
        <translation>Warden est déjà ouvert pour cette base de données ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>The audit log is not the one this computer saw</source>
        <translation>Le journal d’audit n’est pas celui que cet ordinateur a vu</translation>
    </message>
</context>
<context>
    <name>warden::AccountCommands</name>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d’abord un compte.</translation>
    </message>
    <message>
        <source>Domains are linked to mail-processing accounts; select one.</source>
        <translation>Les domaines sont liés aux comptes de traitement du courrier ; sélectionnez-en un.</translation>
    </message>
    <message>
        <source>Manage External Administrators</source>
        <translation>Gérer les administrateurs externes</translation>
    </message>
    <message>
        <source>Admin Management</source>
        <translation>Gestion des administrateurs</translation>
    </message>
    <message>
        <source>Change Requests</source>
        <translation>Demandes de changement</translation>
    </message>
    <message>
        <source>IP restrictions of %1 saved.</source>
        <translation>Restrictions IP de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Link Domain</source>
        <translation>Lier un domaine</translation>
    </message>
    <message>
        <source>The master above %1 has no domain that is not linked to it already. Add the domain on the master account first.</source>
        <translation>Le compte maître au-dessus de %1 n’a aucun domaine qui ne lui soit pas déjà lié. Ajoutez d’abord le domaine sur le compte maître.</translation>
    </message>
    <message>
        <source>Domain to link to %1 (%2):</source>
        <translation>Domaine à lier à %1 (%2) :</translation>
    </message>
    <message>
        <source>%1 linked to %2.</source>
        <translation>%1 lié à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n ligne importée.</numerusform>
            <numerusform>%n lignes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A group has no users of its own; select an account in it.</source>
        <translation>Un groupe n’a pas d’utilisateurs propres ; sélectionnez un compte qu’il contient.</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Synchronisation de l’annuaire</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1 failed: %2</source>
        <translation>La synchronisation planifiée de l’annuaire de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1 waits for you: %2</source>
        <translation>La synchronisation planifiée de l’annuaire de %1 vous attend : %2</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1: %2 new, %3 changed, %4 disabled.</source>
        <translation>Synchronisation planifiée de l’annuaire de %1 : %2 nouvelles, %3 modifiées, %4 désactivées.</translation>
    </message>
</context>
<context>
    <name>warden::AccountContactsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>Approuve</translation>
    </message>
    <message>
        <source>Yes (Director or higher)</source>
        <extracomment>Approves column: the contact may not approve protected-role changes.</extracomment>
        <translation>Oui (directeur ou supérieur)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistré.</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Sélectionnez d’abord un contact.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Remove %1 from the account&apos;s contacts?</source>
        <translation>Retirer %1 des contacts du compte ?</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été retiré.</translation>
    </message>
</context>
<context>
    <name>warden::AccountHierarchyModel</name>
    <message>
        <source>%1 (linked from %2)</source>
        <translation>%1 (lié depuis %2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Code du compte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
</context>
<context>
    <name>warden::AccountRoleTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protected role. </source>
        <translation>Rôle protégé. </translation>
    </message>
    <message>
        <source>Built-in role.</source>
        <translation>Rôle intégré.</translation>
    </message>
    <message>
        <source>Custom role.</source>
        <translation>Rôle personnalisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Accounts, roles and members</source>
        <translation>Comptes, rôles et membres</translation>
    </message>
</context>
<context>
    <name>warden::AddAdminDialog</name>
    <message>
        <source>&amp;Add Admin</source>
        <translation>&amp;Ajouter l’administrateur</translation>
    </message>
    <message>
        <source>%1 (protected: change request)</source>
        <translation>%1 (protégé : demande de changement)</translation>
    </message>
    <message>
        <source>You get a temporary password to pass on; at first sign-in they set their own and scan a QR code into an authenticator app.</source>
        <translation>Vous recevez un mot de passe temporaire à transmettre ; à la première connexion, la personne définit le sien et scanne un code QR dans une application d’authentification.</translation>
    </message>
    <message>
        <source>They sign in through your organisation&apos;s identity provider, which also asks for their second factor.</source>
        <translation>La connexion passe par le fournisseur d’identité de votre organisation, qui demande aussi le second facteur.</translation>
    </message>
    <message>
        <source>Change Request Needed</source>
        <translation>Demande de changement nécessaire</translation>
    </message>
    <message>
        <source>%1

File a change request for %2 now?</source>
        <translation>%1

Déposer maintenant une demande de changement pour %2 ?</translation>
    </message>
    <message>
        <source>Already an administrator</source>
        <translation>Déjà administrateur</translation>
    </message>
</context>
<context>
    <name>warden::AddExternalAdminDialog</name>
    <message>
        <source>External admin email address</source>
        <translation>Adresse e-mail de l’administrateur externe</translation>
    </message>
    <message>
        <source>Search the partner&apos;s staff, or type an address…</source>
        <translation>Rechercher parmi le personnel du partenaire, ou saisir une adresse…</translation>
    </message>
    <message>
        <source>Already an external admin</source>
        <translation>Déjà administrateur externe</translation>
    </message>
</context>
<context>
    <name>warden::AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role — %1</source>
        <translation>Ajouter un utilisateur au rôle — %1</translation>
    </message>
    <message>
        <source>Pick people from the internal directory to add to &lt;b&gt;%1&lt;/b&gt;. Only addresses in the directory can be added; current members are shown greyed out.</source>
        <translation>Choisissez dans l’annuaire interne les personnes à ajouter à &lt;b&gt;%1&lt;/b&gt;. Seules les adresses de l’annuaire peuvent être ajoutées ; les membres actuels apparaissent grisés.</translation>
    </message>
    <message>
        <source>Add &amp;Selected Users</source>
        <translation>Ajouter les utilisateurs &amp;sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n utilisateur sélectionné</numerusform>
            <numerusform>%n utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(applies to the %n users shown; scroll to load more)</source>
        <translation>
            <numerusform>(s’applique à l’utilisateur affiché ; faites défiler pour en charger d’autres)</numerusform>
            <numerusform>(s’applique aux %n utilisateurs affichés ; faites défiler pour en charger d’autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(applies to the %n users shown)</source>
        <translation>
            <numerusform>(s’applique à l’utilisateur affiché)</numerusform>
            <numerusform>(s’applique aux %n utilisateurs affichés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s) to %1…</source>
        <translation>
            <numerusform>Ajout de %n utilisateur à %1…</numerusform>
            <numerusform>Ajout de %n utilisateurs à %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>warden::AdminManagementDialog</name>
    <message>
        <source>Admin Management — %1</source>
        <translation>Gestion des administrateurs — %1</translation>
    </message>
    <message>
        <source>Everyone who holds an administrator role in %1 (%2). Backup accounts keep their password in this computer&apos;s OS keychain for a sign-in-provider outage.</source>
        <translation>Toutes les personnes ayant un rôle d’administrateur dans %1 (%2). Les comptes de secours gardent leur mot de passe dans le trousseau du système de cet ordinateur en cas de panne du fournisseur de connexion.</translation>
    </message>
    <message>
        <source>Select an administrator first.</source>
        <translation>Sélectionnez d’abord un administrateur.</translation>
    </message>
    <message>
        <source>A backup account&apos;s password is rotated, not reset.</source>
        <translation>Le mot de passe d’un compte de secours est renouvelé, pas réinitialisé.</translation>
    </message>
    <message>
        <source>Only administrators who sign in with a Warden password have one to reset.</source>
        <translation>Seuls les administrateurs qui se connectent avec un mot de passe Warden en ont un à réinitialiser.</translation>
    </message>
    <message>
        <source>Unmark &amp;Backup Account…</source>
        <translation>Retirer le statut de compte de &amp;secours…</translation>
    </message>
    <message>
        <source>Mark as &amp;Backup Account…</source>
        <translation>Marquer comme compte de &amp;secours…</translation>
    </message>
    <message>
        <source>Only backup accounts keep a credential in the keychain.</source>
        <translation>Seuls les comptes de secours ont des identifiants dans le trousseau.</translation>
    </message>
    <message>
        <source>Change Request Needed</source>
        <translation>Demande de changement nécessaire</translation>
    </message>
    <message>
        <source>%1

File a change request now?</source>
        <translation>%1

Déposer maintenant une demande de changement ?</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistré.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? Their current password and authenticator stop working; at the next sign-in they set a new password and scan a new QR code.</source>
        <translation>Donner à %1 un nouveau mot de passe temporaire ? Son mot de passe et son application d’authentification actuels cessent de fonctionner ; à la prochaine connexion, il définit un nouveau mot de passe et scanne un nouveau code QR.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
    <message>
        <source>Delete Admin</source>
        <translation>Supprimer l’administrateur</translation>
    </message>
    <message>
        <source>Remove every role %1 holds in %2 (%3)? They stay in the directory but can no longer administer this account.</source>
        <translation>Retirer tous les rôles de %1 dans %2 (%3) ? La personne reste dans l’annuaire mais ne peut plus administrer ce compte.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator of %2.</source>
        <translation>%1 n’est plus administrateur de %2.</translation>
    </message>
    <message>
        <source>Make %1 a backup (break-glass) account? It gets a strong random password kept only in this computer&apos;s OS keychain; reveal it when single sign-on is down.</source>
        <translation>Faire de %1 un compte de secours (bris de glace) ? Il reçoit un mot de passe aléatoire fort conservé uniquement dans le trousseau du système de cet ordinateur ; affichez-le quand l’authentification unique est en panne.</translation>
    </message>
    <message>
        <source>Unmark %1 as a backup account? Its password is removed from the keychain and it can no longer sign in until its password is reset.</source>
        <translation>Retirer le statut de compte de secours de %1 ? Son mot de passe est retiré du trousseau et il ne peut plus se connecter tant que son mot de passe n’est pas réinitialisé.</translation>
    </message>
    <message>
        <source>Mark as Backup Account</source>
        <translation>Marquer comme compte de secours</translation>
    </message>
    <message>
        <source>Unmark Backup Account</source>
        <translation>Retirer le statut de compte de secours</translation>
    </message>
    <message>
        <source>%1 is now a backup account; its credential is in the OS keychain.</source>
        <translation>%1 est maintenant un compte de secours ; ses identifiants sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>%1 is no longer a backup account.</source>
        <translation>%1 n’est plus un compte de secours.</translation>
    </message>
    <message>
        <source>Revealing the backup credential of %1 is recorded in the audit log with your name.

Confirm with your password and a new one-time code.</source>
        <translation>L’affichage des identifiants de secours de %1 est consigné dans le journal d’audit à votre nom.

Confirmez avec votre mot de passe et un nouveau code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Rotate Credential</source>
        <translation>Renouveler les identifiants</translation>
    </message>
    <message>
        <source>Give the backup account %1 a new strong password? The old one stops working at once; the new one is stored only in the OS keychain.</source>
        <translation>Donner au compte de secours %1 un nouveau mot de passe fort ? L’ancien cesse aussitôt de fonctionner ; le nouveau est stocké uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The credential of %1 was rotated.</source>
        <translation>Les identifiants de %1 ont été renouvelés.</translation>
    </message>
    <message>
        <source>&amp;Computers</source>
        <translation>&amp;Ordinateurs</translation>
    </message>
</context>
<context>
    <name>warden::AdministratorsModel</name>
    <message>
        <source>By identity provider</source>
        <translation>Par le fournisseur d’identité</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>Enrolls at next sign-in</source>
        <translation>Enrôlement à la prochaine connexion</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Last sign-in column: the administrator has never signed in.</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Backup</source>
        <extracomment>Backup column: marks a break-glass (backup) administrator account.</extracomment>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Sets a new password and scans a new QR code at the next sign-in.</source>
        <translation>Définit un nouveau mot de passe et scanne un nouveau code QR à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Backup (break-glass) account: its password is kept in the OS keychain.</source>
        <translation>Compte de secours (bris de glace) : son mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Disabled in the directory.</source>
        <translation>Désactivé dans l’annuaire.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second facteur</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Admin Management&apos;s Sign-in column: a Warden password (the authenticator is in the next column).</extracomment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Authentification unique</translation>
    </message>
</context>
<context>
    <name>warden::ApplyExternalAdminDialog</name>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Appliquer à %n compte</numerusform>
            <numerusform>&amp;Appliquer à %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Changed in %1, unchanged in %2, refused in %3 of %n account(s).</source>
        <translation>
            <numerusform>Modifié dans %1, inchangé dans %2, refusé dans %3 sur %n compte.</numerusform>
            <numerusform>Modifié dans %1, inchangé dans %2, refusé dans %3 sur %n comptes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %1 to %n account(s)…</source>
        <translation>
            <numerusform>Application de %1 à %n compte…</numerusform>
            <numerusform>Application de %1 à %n comptes…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Not applied: stopped before this account.</source>
        <translation>Non appliqué : arrêté avant ce compte.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped before %n more.</source>
        <translation>
            <numerusform>Arrêté avant %n autre.</numerusform>
            <numerusform>Arrêté avant %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>External admin email address</source>
        <translation>Adresse e-mail de l’administrateur externe</translation>
    </message>
</context>
<context>
    <name>warden::AuditChangeModel</name>
    <message>
        <source>(none)</source>
        <extracomment>An audit entry&apos;s field that had no value before (or after) the change.</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>Audit log column: the entry as a sentence.</extracomment>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogWidget</name>
    <message>
        <source>The audit log was tampered with at entry %1: %2</source>
        <translation>Le journal d’audit a été altéré à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Every kind of change</source>
        <translation>Tous les types de modification</translation>
    </message>
    <message>
        <source>Role membership</source>
        <translation>Appartenance aux rôles</translation>
    </message>
    <message>
        <source>Roles and membership</source>
        <translation>Rôles et appartenance</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Directory users</source>
        <translation>Utilisateurs de l’annuaire</translation>
    </message>
    <message>
        <source>Directory imports</source>
        <translation>Imports dans l’annuaire</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <source>Account contacts</source>
        <translation>Contacts du compte</translation>
    </message>
    <message>
        <source>External administrators</source>
        <translation>Administrateurs externes</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Clé de la base de données</translation>
    </message>
    <message>
        <source>Backup access</source>
        <translation>Accès de secours</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Aucune entrée ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Entrée %1 · %2</translation>
    </message>
    <message>
        <source>The entry records no field values.</source>
        <translation>L’entrée n’enregistre aucune valeur de champ.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked, each against the signature of the computer that wrote it, and the log against every checkpoint and what this computer saw of it before.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %n entrée vérifiée, avec la signature de l’ordinateur qui l’a écrite, et le journal avec chaque point de contrôle et ce que cet ordinateur en a vu auparavant.</numerusform>
            <numerusform>Le journal d’audit est intact : %n entrées vérifiées, chacune avec la signature de l’ordinateur qui l’a écrite, et le journal avec chaque point de contrôle et ce que cet ordinateur en a vu auparavant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ChangeRequestsDialog</name>
    <message>
        <source>Change Requests — %1</source>
        <translation>Demandes de changement — %1</translation>
    </message>
    <message numerus="yes">
        <source>Protected-role changes in %1 wait here for approval by a different person who is an account contact of Director level or higher. Pending requests expire after %n day(s).</source>
        <translation>
            <numerusform>Les changements de rôles protégés dans %1 attendent ici l’approbation d’une autre personne, contact du compte de niveau directeur ou supérieur. Les demandes en attente expirent après %n jour.</numerusform>
            <numerusform>Les changements de rôles protégés dans %1 attendent ici l’approbation d’une autre personne, contact du compte de niveau directeur ou supérieur. Les demandes en attente expirent après %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Sélectionnez d’abord une demande.</translation>
    </message>
    <message>
        <source>Only the requester can withdraw a pending request.</source>
        <translation>Seul le demandeur peut retirer une demande en attente.</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Aucune demande sélectionnée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; — %3&lt;br&gt;Justification: %4</source>
        <translation>&lt;b&gt;n° %1 %2&lt;/b&gt; — %3&lt;br&gt;Justification : %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Decision note: %1</source>
        <translation>&lt;br&gt;Note de décision : %1</translation>
    </message>
    <message>
        <source>Request #%1 was filed; it waits for a Director-level contact&apos;s approval.</source>
        <translation>La demande n° %1 a été déposée ; elle attend l’approbation d’un contact de niveau directeur.</translation>
    </message>
    <message>
        <source>Approving #%1 applies it at once: %2.

Confirm with your password and a new one-time code.</source>
        <translation>Approuver le n° %1 l’applique aussitôt : %2.

Confirmez avec votre mot de passe et un nouveau code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Request #%1 was approved and applied.</source>
        <translation>La demande n° %1 a été approuvée et appliquée.</translation>
    </message>
    <message>
        <source>Reject Request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>Why is #%1 rejected? The requester sees this.</source>
        <translation>Pourquoi le n° %1 est-il rejeté ? Le demandeur le verra.</translation>
    </message>
    <message>
        <source>Request #%1 was rejected.</source>
        <translation>La demande n° %1 a été rejetée.</translation>
    </message>
    <message>
        <source>Withdraw Request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>Withdraw request #%1?</source>
        <translation>Retirer la demande n° %1 ?</translation>
    </message>
    <message>
        <source>Request #%1 was withdrawn.</source>
        <translation>La demande n° %1 a été retirée.</translation>
    </message>
</context>
<context>
    <name>warden::ChangeRequestsModel</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1

Decision: %2</source>
        <translation>%1

Décision : %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Change requests column: the change asked for (noun).</extracomment>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Change requests column: when the request was filed.</extracomment>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Decided / expires</source>
        <translation>Décidée / expire</translation>
    </message>
</context>
<context>
    <name>warden::ComputersModel</name>
    <message>
        <source>The computer this console runs on</source>
        <translation>Ordinateur sur lequel tourne cette console</translation>
    </message>
    <message>
        <source>Approved via: %1</source>
        <translation>Approuvé via : %1</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>(nobody signed in yet)</source>
        <translation>(personne ne s&apos;est encore connecté)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Requested / decided at</source>
        <translation>Demandé / tranché le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
</context>
<context>
    <name>warden::ComputersPanel</name>
    <message>
        <source>Select a computer or request first.</source>
        <translation>Sélectionnez d&apos;abord un ordinateur ou une demande.</translation>
    </message>
    <message>
        <source>Only a request waiting for approval can be approved or refused.</source>
        <translation>Seule une demande en attente d&apos;approbation peut être approuvée ou refusée.</translation>
    </message>
    <message>
        <source>Only an approved computer can be revoked.</source>
        <translation>Seul un ordinateur approuvé peut être révoqué.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Call %1 and ask them to read the fingerprint their computer shows. Type it here (digits only are compared):</source>
        <translation>Appelez %1 et demandez-lui de lire l&apos;empreinte affichée par son ordinateur. Saisissez-la ici (seuls les chiffres sont comparés) :</translation>
    </message>
    <message>
        <source>Approving %1 for %2 seals the database key to that computer. Confirm with your password and a new one-time code.</source>
        <translation>Approuver %1 pour %2 scelle la clé de base de données pour cet ordinateur. Confirmez avec votre mot de passe et un nouveau code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>%1 (%2) is approved; it takes the key up at its next start.</source>
        <translation>%1 (%2) est approuvé ; il reprend la clé à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Refuse Request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Refuse the request of %1 from %2?</source>
        <translation>Refuser la demande de %1 depuis %2 ?</translation>
    </message>
    <message>
        <source>The request of %1 was refused.</source>
        <translation>La demande de %1 a été refusée.</translation>
    </message>
    <message>
        <source>Revoke Computer</source>
        <translation>Révoquer l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Revoke %1 (%2)? It can no longer open the database, and the database key is rotated for every other computer.</source>
        <translation>Révoquer %1 (%2) ? Il ne pourra plus ouvrir la base de données, et la clé de base de données est renouvelée pour tous les autres ordinateurs.</translation>
    </message>
    <message>
        <source>no administrator yet</source>
        <translation>pas encore d&apos;administrateur</translation>
    </message>
    <message>
        <source>Revoking %1 rotates the database key. Confirm with your password and a new one-time code.</source>
        <translation>Révoquer %1 renouvelle la clé de base de données. Confirmez avec votre mot de passe et un nouveau code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>%1 was revoked and the database key rotated.</source>
        <translation>%1 a été révoqué et la clé de base de données renouvelée.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Nouveau rôle…</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>&amp;Modifier le rôle…</translation>
    </message>
    <message>
        <source>&amp;Copy Role…</source>
        <translation>&amp;Copier le rôle…</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>&amp;Supprimer le rôle</translation>
    </message>
    <message>
        <source>&amp;Add User to Role…</source>
        <translation>&amp;Ajouter un utilisateur au rôle…</translation>
    </message>
    <message>
        <source>&amp;Remove from Role</source>
        <translation>&amp;Retirer du rôle</translation>
    </message>
    <message>
        <source>&amp;View Members</source>
        <translation>&amp;Voir les membres</translation>
    </message>
    <message>
        <source>Show All &amp;Roles</source>
        <translation>Afficher tous les &amp;rôles</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>&amp;Filtrer l’arborescence</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Warden</source>
        <translation>À &amp;propos de Warden</translation>
    </message>
    <message>
        <source>Account &amp;Hierarchy</source>
        <translation>&amp;Hiérarchie des comptes</translation>
    </message>
    <message>
        <source>Manage E&amp;xternal Administrators…</source>
        <translation>Gérer les administrateurs e&amp;xternes…</translation>
    </message>
    <message>
        <source>Apply External Admin to &amp;Accounts…</source>
        <translation>Appliquer un administrateur externe aux &amp;comptes…</translation>
    </message>
    <message>
        <source>&amp;IP Restrictions…</source>
        <translation>Restrictions &amp;IP…</translation>
    </message>
    <message>
        <source>&amp;Link Domain…</source>
        <translation>&amp;Lier un domaine…</translation>
    </message>
    <message>
        <source>I&amp;mport Users…</source>
        <translation>I&amp;mporter des utilisateurs…</translation>
    </message>
    <message>
        <source>Admin &amp;Management…</source>
        <translation>&amp;Gestion des administrateurs…</translation>
    </message>
    <message>
        <source>Change &amp;Requests…</source>
        <translation>&amp;Demandes de changement…</translation>
    </message>
    <message>
        <source>Requires a change request. %1</source>
        <translation>Nécessite une demande de changement. %1</translation>
    </message>
    <message>
        <source>Export &amp;Recovery Kit…</source>
        <translation>Exporter le kit de &amp;récupération…</translation>
    </message>
    <message>
        <source>&amp;Directory Synchronization…</source>
        <translation>&amp;Synchronisation de l’annuaire…</translation>
    </message>
</context>
<context>
    <name>warden::DirectorySearchModel</name>
    <message>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 détient déjà ce rôle.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>warden::DirectorySyncDialog</name>
    <message>
        <source>Directory Synchronization — %1</source>
        <translation>Synchronisation de l’annuaire — %1</translation>
    </message>
    <message>
        <source>Keeps %1&apos;s internal directory in step with your organisation&apos;s Active Directory or LDAP server. People added by hand or by import are never changed; people this connection brought in who leave the directory are disabled by a full run. A changed primary address removes the person&apos;s admin roles, so it is listed and applied only when you confirm.</source>
        <translation>Maintient l’annuaire interne de %1 à jour avec l’Active Directory ou le serveur LDAP de votre organisation. Les personnes ajoutées à la main ou par import ne sont jamais modifiées ; celles que cette connexion a ajoutées et qui quittent l’annuaire sont désactivées par une exécution complète. Une adresse principale modifiée retire les rôles d’administration de la personne : elle est donc listée et appliquée seulement après votre confirmation.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>OpenLDAP (inetOrgPerson)</source>
        <translation>OpenLDAP (inetOrgPerson)</translation>
    </message>
    <message>
        <source>Every internal domain: %1</source>
        <translation>Chaque domaine interne : %1</translation>
    </message>
    <message>
        <source>Every internal domain</source>
        <translation>Chaque domaine interne</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain; type to replace</source>
        <translation>Conservé dans le trousseau de cet ordinateur ; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Needed on this computer (kept in its keychain)</source>
        <translation>Nécessaire sur cet ordinateur (conservé dans son trousseau)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read the directory and apply what changed</source>
        <translation>Lire l’annuaire et appliquer ce qui a changé</translation>
    </message>
    <message>
        <source>%1 entries read…</source>
        <translation>%1 entrées lues…</translation>
    </message>
    <message>
        <source>No connection yet: fill in the server and Save, or Test Connection first.</source>
        <translation>Pas encore de connexion : indiquez le serveur et enregistrez, ou testez d’abord la connexion.</translation>
    </message>
    <message>
        <source>Never run. The first run reads every entry.</source>
        <translation>Jamais exécuté. La première exécution lit chaque entrée.</translation>
    </message>
    <message>
        <source>Last run %1 (%2, %3 ms): %4 entries read, %5 new, %6 changed, %7 disabled, %8 left out.</source>
        <translation>Dernière exécution %1 (%2, %3 ms) : %4 entrées lues, %5 nouvelles, %6 modifiées, %7 désactivées, %8 écartées.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <source>Last run %1 %2: %3</source>
        <translation>Dernière exécution %1 %2 : %3</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>a été arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>a échoué</translation>
    </message>
    <message>
        <source>Settings last changed by %1.</source>
        <translation>Paramètres modifiés en dernier par %1.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import).</source>
        <translation>Exécution %1 : %2 entrées lues — %3 nouvelles, %4 modifiées, %5 inchangées, %6 désactivées, %7 laissées telles quelles (ajoutées à la main ou par import).</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Primary address changes</source>
        <translation>Changements d’adresse principale</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No admin roles</source>
        <translation>Aucun rôle d’administration</translation>
    </message>
    <message>
        <source>Removes: %1</source>
        <translation>Retire : %1</translation>
    </message>
    <message>
        <source>Disabled: gone from the directory</source>
        <translation>Désactivés : absents de l’annuaire</translation>
    </message>
    <message>
        <source>Still holds: %1</source>
        <translation>Détient encore : %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>Save Directory Synchronization</source>
        <translation>Enregistrer la synchronisation de l’annuaire</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Test Connection failed: %1</source>
        <translation>Échec du test de connexion : %1</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Lecture de l’annuaire…</translation>
    </message>
    <message>
        <source>Sync All</source>
        <translation>Synchroniser tout</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 removes %3</source>
        <translation>%1 → %2 retire %3</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Apply Address Changes</source>
        <translation>Appliquer les changements d’adresse</translation>
    </message>
    <message numerus="yes">
        <source>The directory changed the primary address of %n person(s). Role membership follows the address, so these admin roles will be removed:

%1

Apply the sync with these changes?</source>
        <translation>
            <numerusform>L’annuaire a changé l’adresse principale de %n personne. L’appartenance aux rôles suit l’adresse : ces rôles d’administration seront donc retirés :

%1

Appliquer la synchronisation avec ces changements ?</numerusform>
            <numerusform>L’annuaire a changé l’adresse principale de %n personnes. L’appartenance aux rôles suit l’adresse : ces rôles d’administration seront donc retirés :

%1

Appliquer la synchronisation avec ces changements ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <source>Connections below this master: %1.</source>
        <translation>Connexions sous ce master : %1.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>warden::EditAdminDialog</name>
    <message>
        <source>Edit Admin — %1</source>
        <translation>Modifier l’administrateur — %1</translation>
    </message>
    <message>
        <source>Roles and sign-in method of %1. Adding or removing a protected role (shown with a lock) needs a change request.</source>
        <translation>Rôles et méthode de connexion de %1. Ajouter ou retirer un rôle protégé (avec un cadenas) exige une demande de changement.</translation>
    </message>
    <message>
        <source>%1 File it under Account → Change Requests.</source>
        <translation>%1 Déposez-la sous Compte → Demandes de changement.</translation>
    </message>
</context>
<context>
    <name>warden::EnrollmentDialog</name>
    <message>
        <source>Welcome, %1. Replace the temporary password with your own and enroll your authenticator app to finish signing in.</source>
        <translation>Bienvenue, %1. Remplacez le mot de passe temporaire par le vôtre et enrôlez votre application d’authentification pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Enroll your authenticator app for %1 to finish signing in.</source>
        <translation>Enrôlez votre application d’authentification pour %1 afin de terminer la connexion.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>warden::ExternalAdminsDialog</name>
    <message>
        <source>Manage External Administrators — %1</source>
        <translation>Gérer les administrateurs externes — %1</translation>
    </message>
    <message>
        <source>External administrators of %1 (%2) sign in through their partner (MSP) and act in this account with the role shown. Their addresses are outside %2&apos;s own domains.</source>
        <translation>Les administrateurs externes de %1 (%2) se connectent via leur partenaire (MSP) et agissent dans ce compte avec le rôle indiqué. Leurs adresses sont hors des domaines de %2.</translation>
    </message>
    <message>
        <source>This account does not delegate to any partner yet.</source>
        <translation>Ce compte ne délègue encore à aucun partenaire.</translation>
    </message>
    <message>
        <source>Delegates administration to: %1</source>
        <translation>Délègue son administration à : %1</translation>
    </message>
    <message>
        <source>Select an external administrator first.</source>
        <translation>Sélectionnez d’abord un administrateur externe.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 a été ajouté en tant que %2.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Nouveau rôle pour %1 :</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>Remove External Admin</source>
        <translation>Retirer l’administrateur externe</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? They lose access to this account at once.</source>
        <translation>Retirer %1 (%2) de %3 ? Son accès à ce compte cesse immédiatement.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été retiré.</translation>
    </message>
</context>
<context>
    <name>warden::ExternalAdminsModel</name>
    <message>
        <source>External admin email address</source>
        <translation>Adresse e-mail de l’administrateur externe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>warden::FirstRunDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>&amp;Créer l’administrateur</translation>
    </message>
</context>
<context>
    <name>warden::HealthBadge</name>
    <message numerus="yes">
        <source>Backup admins: %n rule(s) failing</source>
        <translation>
            <numerusform>Administrateurs de secours : %n règle en échec</numerusform>
            <numerusform>Administrateurs de secours : %n règles en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup admins: %n warning(s)</source>
        <translation>
            <numerusform>Administrateurs de secours : %n avertissement</numerusform>
            <numerusform>Administrateurs de secours : %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup admins: healthy</source>
        <translation>Administrateurs de secours : en bon état</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in 24 hours</source>
        <translation>
            <numerusform>%n connexion échouée en 24 heures</numerusform>
            <numerusform>%n connexions échouées en 24 heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>see the Audit Log (action signin.failed) for the addresses and reasons</source>
        <translation>les adresses et les raisons figurent dans le journal d’audit (action signin.failed)</translation>
    </message>
    <message>
        <source>%1 meets every backup-administrator rule.</source>
        <translation>%1 respecte toutes les règles des administrateurs de secours.</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1 :
%2</translation>
    </message>
</context>
<context>
    <name>warden::ImportUsersWizard</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated, with a header row. Columns: %1.</source>
        <translation>UTF-8, séparé par des virgules, avec une ligne d’en-tête. Colonnes : %1.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importer &amp;dans :</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>%1 (%2) — rows without remoteaccountcode go here</source>
        <translation>%1 (%2) — les lignes sans remoteaccountcode vont ici</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>You may not import users into any account.</source>
        <translation>Vous ne pouvez importer des utilisateurs dans aucun compte.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Every row is checked before anything is imported; nothing changes yet.</source>
        <translation>Chaque ligne est vérifiée avant toute importation ; rien ne change encore.</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column headings of the address changes an import makes: file line, old address, new address.</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Admin roles removed</source>
        <translation>Rôles d’administrateur retirés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>I have reviewed the address changes; remove these %n admin role(s)</source>
        <translation>
            <numerusform>J’ai vérifié les changements d’adresse ; retirer ce %n rôle d’administrateur</numerusform>
            <numerusform>J’ai vérifié les changements d’adresse ; retirer ces %n rôles d’administrateur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 lignes : %2 nouvelles, %3 mises à jour, %4 déplacées, %5 changements d’adresse, %6 attributions de rôle.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; fix the file and check it again. Nothing will be imported while any row is rejected.</source>
        <translation>
            <numerusform>%n ligne refusée ; corrigez le fichier et vérifiez-le à nouveau. Rien ne sera importé tant qu’une ligne est refusée.</numerusform>
            <numerusform>%n lignes refusées ; corrigez le fichier et vérifiez-le à nouveau. Rien ne sera importé tant qu’une ligne est refusée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premières sont listées.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 lignes importées : %2 nouvelles, %3 mises à jour, %4 déplacées, %5 changements d’adresse, %6 attributions de rôle.</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
</context>
<context>
    <name>warden::IpRestrictionsDialog</name>
    <message>
        <source>IP Restrictions — %1</source>
        <translation>Restrictions IP — %1</translation>
    </message>
    <message>
        <source>This console connects from %1.</source>
        <translation>Cette console se connecte depuis %1.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
</context>
<context>
    <name>warden::MainWindow</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Accounts, roles and members</source>
        <translation>Comptes, rôles et membres</translation>
    </message>
    <message>
        <source>Filter accounts, roles and loaded members…</source>
        <translation>Filtrer les comptes, rôles et membres chargés…</translation>
    </message>
    <message>
        <source>Select a role to see its permissions and members, or a member to see every role they hold. Right-click a role to add users to it.</source>
        <translation>Sélectionnez un rôle pour voir ses autorisations et ses membres, ou un membre pour voir tous ses rôles. Cliquez droit sur un rôle pour y ajouter des utilisateurs.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>Connecté en tant que %1 — %2</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Sélectionnez d’abord un rôle.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Sélectionnez d’abord un membre.</translation>
    </message>
    <message>
        <source>About Warden</source>
        <translation>À propos de Warden</translation>
    </message>
    <message>
        <source>Warden %1
Manage who administers email-security accounts, and with what powers.</source>
        <translation>Warden %1
Gérer qui administre les comptes de sécurité e-mail, et avec quels droits.</translation>
    </message>
    <message>
        <source>Account Hierarchy</source>
        <translation>Hiérarchie des comptes</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>Account hierarchy</source>
        <translation>Hiérarchie des comptes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Admin Roles</source>
        <extracomment>The main window&apos;s title; the desktop shows it as &quot;Admin Roles — Warden&quot;.</extracomment>
        <translation>Rôles d’administration</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Hors ligne — reconnexion…</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
    <message>
        <source>The database server answers again; the console shows its current state.</source>
        <translation>Le serveur de base de données répond de nouveau ; la console affiche l&apos;état actuel.</translation>
    </message>
    <message>
        <source>The database server does not answer: %1 Warden keeps trying.</source>
        <translation>Le serveur de base de données ne répond pas : %1 Warden continue d&apos;essayer.</translation>
    </message>
    <message numerus="yes">
        <source>Updated with %n change(s) made on other consoles.</source>
        <translation>
            <numerusform>Mis à jour avec %n modification faite sur d&apos;autres consoles.</numerusform>
            <numerusform>Mis à jour avec %n modifications faites sur d&apos;autres consoles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not following other consoles</source>
        <translation>Les modifications des autres consoles ne sont pas suivies</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Filtrer l’arborescence</translation>
    </message>
    <message>
        <source>Select a role to see its permissions and members, or a member to see every role they hold. Your access is read-only: you can look at everything here, and the greyed-out commands say why you cannot change it.</source>
        <translation>Sélectionnez un rôle pour voir ses autorisations et ses membres, ou un membre pour voir tous ses rôles. Votre accès est en lecture seule : vous pouvez tout consulter, et les commandes grisées indiquent pourquoi vous ne pouvez rien modifier.</translation>
    </message>
    <message>
        <source>Signed in as %1 — acting as %2 in %3</source>
        <extracomment>Status bar: who is signed in, and the roles they act with in the selected account.</extracomment>
        <translation>Connecté en tant que %1 — agit comme %2 dans %3</translation>
    </message>
    <message>
        <source>What you may do in this account comes from these roles.</source>
        <translation>Ce que vous pouvez faire dans ce compte vient de ces rôles.</translation>
    </message>
    <message>
        <source>Audit log warning: %1 Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</source>
        <translation>Avertissement du journal d’audit : %1 Lancez « Vérifier la chaîne » dans le journal d’audit, et restaurez la base depuis une sauvegarde s’il manque des entrées.</translation>
    </message>
</context>
<context>
    <name>warden::MemberDetailsWidget</name>
    <message>
        <source>Roles held:</source>
        <translation>Rôles détenus :</translation>
    </message>
    <message>
        <source>Effective permissions (hover a cell to see which role grants it):</source>
        <translation>Autorisations effectives (survolez une cellule pour voir quel rôle l’accorde) :</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n role(s) · protected permissions: %2</source>
        <translation>
            <numerusform>%1 · %n rôle · autorisations protégées : %2</numerusform>
            <numerusform>%1 · %n rôles · autorisations protégées : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Change Primary &amp;Address…</source>
        <translation>Changer l’&amp;adresse principale…</translation>
    </message>
    <message>
        <source>Changing the primary address removes the member&apos;s admin roles.</source>
        <translation>Changer l’adresse principale retire les rôles d’administrateur du membre.</translation>
    </message>
    <message>
        <source>Change Primary Address</source>
        <translation>Changer l’adresse principale</translation>
    </message>
    <message>
        <source>New primary SMTP address for %1 (admin roles are keyed by it):</source>
        <translation>Nouvelle adresse SMTP principale pour %1 (les rôles d’administrateur y sont attachés) :</translation>
    </message>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>Cette modification nécessite une demande de changement.

%1</translation>
    </message>
    <message>
        <source>Changing %1 to %2 removes these admin roles:

%3

Change the address?</source>
        <translation>Changer %1 en %2 retire ces rôles d’administrateur :

%3

Changer l’adresse ?</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Rôles détenus</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Autorisations effectives</translation>
    </message>
    <message>
        <source>R&amp;emove from Role</source>
        <translation>R&amp;etirer du rôle</translation>
    </message>
    <message>
        <source>Select a role held first.</source>
        <translation>Sélectionnez d’abord un rôle détenu.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
</context>
<context>
    <name>warden::MenuReasons</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>warden::NewChangeRequestDialog</name>
    <message>
        <source>&amp;File Request</source>
        <translation>&amp;Déposer la demande</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>warden::PeoplePicker</name>
    <message>
        <source>Search the directory</source>
        <translation>Rechercher dans l’annuaire</translation>
    </message>
    <message>
        <source>Search by address or any part of the name…</source>
        <translation>Rechercher par adresse ou une partie du nom…</translation>
    </message>
    <message>
        <source>Directory search results</source>
        <translation>Résultats de la recherche dans l’annuaire</translation>
    </message>
    <message>
        <source>Down from the search box moves here; %1</source>
        <translation>Flèche bas depuis la zone de recherche mène ici ; %1</translation>
    </message>
    <message>
        <source>Space ticks a person.</source>
        <translation>Espace coche une personne.</translation>
    </message>
    <message>
        <source>the selected person is the one chosen.</source>
        <translation>la personne sélectionnée est celle choisie.</translation>
    </message>
</context>
<context>
    <name>warden::PermissionMatrixModel</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>%1 on %2: not allowed</source>
        <translation>%1 sur %2 : non autorisé</translation>
    </message>
    <message>
        <source>%1 on %2: allowed</source>
        <translation>%1 sur %2 : autorisé</translation>
    </message>
    <message>
        <source>%1 on %2: granted by %3</source>
        <translation>%1 sur %2 : accordé par %3</translation>
    </message>
</context>
<context>
    <name>warden::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>warden::QrCodeWidget</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Code QR pour l’application d’authentification</translation>
    </message>
</context>
<context>
    <name>warden::RecoveryKitExport</name>
    <message>
        <source>Export Recovery Kit</source>
        <translation>Exporter le kit de récupération</translation>
    </message>
    <message>
        <source>Warden recovery kits (*.kit)</source>
        <translation>Kits de récupération Warden (*.kit)</translation>
    </message>
    <message>
        <source>Recovery Kit Passphrase</source>
        <translation>Phrase secrète du kit de récupération</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters. Keep it apart from the kit.</source>
        <translation>Une phrase secrète d&apos;au moins %1 caractères. Conservez-la séparément du kit.</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>La phrase secrète à nouveau :</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The recovery kit holds the database key. Exporting it is recorded in the audit log with your name. Confirm with your password and a new one-time code.</source>
        <translation>Le kit de récupération contient la clé de base de données. Son export est consigné dans le journal d&apos;audit à votre nom. Confirmez avec votre mot de passe et un nouveau code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cannot write the recovery kit to %1: %2</source>
        <translation>Impossible d&apos;écrire le kit de récupération dans %1 : %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</source>
        <translation>Kit de récupération écrit dans %1. Conservez-le séparément de sa phrase secrète, en lieu sûr et hors ligne.</translation>
    </message>
</context>
<context>
    <name>warden::RequestAccessDialog</name>
    <message>
        <source>&amp;Request Access</source>
        <translation>&amp;Demander l&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Request #%1 from %2 is filed. Read this fingerprint to the administrator who approves it, by phone or in person:</source>
        <translation>La demande n° %1 depuis %2 est déposée. Lisez cette empreinte à l&apos;administrateur qui l&apos;approuve, par téléphone ou en personne :</translation>
    </message>
    <message>
        <source>Waiting for approval… (this window checks by itself; the request expires after 24 hours)</source>
        <translation>En attente d&apos;approbation… (cette fenêtre vérifie d&apos;elle-même ; la demande expire après 24 heures)</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approuvé par %1.</translation>
    </message>
    <message>
        <source>Restore from Recovery Kit</source>
        <translation>Restaurer depuis un kit de récupération</translation>
    </message>
    <message>
        <source>Warden recovery kits (*.kit);;All files (*)</source>
        <translation>Kits de récupération Warden (*.kit);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Recovery Kit Passphrase</source>
        <translation>Phrase secrète du kit de récupération</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>La phrase secrète de %1 :</translation>
    </message>
</context>
<context>
    <name>warden::RevealCredentialDialog</name>
    <message>
        <source>The password of the backup account %1, from the OS keychain. Your retrieval is recorded in the audit log.</source>
        <translation>Le mot de passe du compte de secours %1, issu du trousseau du système. Votre consultation est consignée dans le journal d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Masqué dans %n seconde.</numerusform>
            <numerusform>Masqué dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Masqué.</translation>
    </message>
</context>
<context>
    <name>warden::RoleCommands</name>
    <message>
        <source>Select a role first.</source>
        <translation>Sélectionnez d’abord un rôle.</translation>
    </message>
    <message>
        <source>Select a member of a role first.</source>
        <translation>Sélectionnez d’abord un membre d’un rôle.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d’abord un compte.</translation>
    </message>
    <message>
        <source>Add User to Role</source>
        <translation>Ajouter un utilisateur au rôle</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s) to %1.</source>
        <translation>
            <numerusform>%n utilisateur ajouté à %1.</numerusform>
            <numerusform>%n utilisateurs ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Role</source>
        <translation>Retirer du rôle</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose this role&apos;s permissions at once.</source>
        <translation>Retirer %1 de %2 ? Les autorisations de ce rôle sont perdues immédiatement.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 retiré de %2.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Rôle %1 créé.</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Saved role %1.</source>
        <translation>Rôle %1 enregistré.</translation>
    </message>
    <message>
        <source>Copy Role</source>
        <translation>Copier le rôle</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s). Remove them from the role and delete it?</source>
        <translation>
            <numerusform>%1 a encore %n membre. Le retirer du rôle et supprimer le rôle ?</numerusform>
            <numerusform>%1 a encore %n membres. Les retirer du rôle et supprimer le rôle ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Supprimer le rôle %1 ?</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rôle %1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people you added cannot sign in yet: they have no sign-in method (a password or single sign-on).

%1

Open Admin Management to give them one?</source>
        <translation>
            <numerusform>%n des personnes ajoutées ne peut pas encore se connecter : elle n’a pas de méthode de connexion (mot de passe ou authentification unique).

%1

Ouvrir la gestion des administrateurs pour lui en attribuer une ?</numerusform>
            <numerusform>%n des personnes ajoutées ne peuvent pas encore se connecter : elles n’ont pas de méthode de connexion (mot de passe ou authentification unique).

%1

Ouvrir la gestion des administrateurs pour leur en attribuer une ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sign-in Method</source>
        <translation>Aucune méthode de connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n of the people you added cannot sign in yet: they have no sign-in method. An administrator who may use Admin Management can give them one.

%1</source>
        <translation>
            <numerusform>%n des personnes ajoutées ne peut pas encore se connecter : elle n’a pas de méthode de connexion. Un administrateur ayant accès à la gestion des administrateurs peut lui en attribuer une.

%1</numerusform>
            <numerusform>%n des personnes ajoutées ne peuvent pas encore se connecter : elles n’ont pas de méthode de connexion. Un administrateur ayant accès à la gestion des administrateurs peut leur en attribuer une.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: each removal needs its own change request. This one is for %2.</source>
        <translation>%1 est protégé : chaque retrait nécessite sa propre demande de modification. Celle-ci concerne %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from %1? They lose this role&apos;s permissions at once.

%2</source>
        <translation>
            <numerusform>Retirer cette personne (%n) de %1 ? Elle perd aussitôt les autorisations du rôle.

%2</numerusform>
            <numerusform>Retirer ces %n personnes de %1 ? Elles perdent aussitôt les autorisations du rôle.

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n people from %1.</source>
        <translation>
            <numerusform>%n personne retirée de %1.</numerusform>
            <numerusform>%n personnes retirées de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RoleDetailsWidget</name>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Autorisations</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Protected role</source>
        <translation>Rôle protégé</translation>
    </message>
    <message>
        <source>Built-in role</source>
        <translation>Rôle intégré</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rôle personnalisé</translation>
    </message>
    <message>
        <source>protected: changes require a change request</source>
        <translation>protégé : toute modification exige une demande de changement</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected permissions: %1</source>
        <translation>Autorisations protégées : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Role management: %1</source>
        <translation>Gestion des rôles : %1</translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation>&amp;Membres (%1)</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Autorisations du rôle</translation>
    </message>
    <message>
        <source>Members of the role</source>
        <translation>Membres du rôle</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Add people from the directory to this role</source>
        <translation>Ajouter des personnes de l’annuaire à ce rôle</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Sélectionnez d’abord un rôle.</translation>
    </message>
    <message>
        <source>Select one or more members first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs membres.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected member(s) from the role</source>
        <translation>
            <numerusform>Retirer du rôle le membre sélectionné (%n)</numerusform>
            <numerusform>Retirer du rôle les %n membres sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds this role yet. Use Add… to add people from the directory.</source>
        <translation>Personne ne détient encore ce rôle. Utilisez « Ajouter… » pour ajouter des personnes de l’annuaire.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Personne ne détient encore ce rôle.</translation>
    </message>
</context>
<context>
    <name>warden::RoleEditorDialog</name>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Edit Role — %1</source>
        <translation>Modifier le rôle — %1</translation>
    </message>
</context>
<context>
    <name>warden::RoleMembersModel</name>
    <message>
        <source>Disabled</source>
        <extracomment>A member&apos;s state in the directory (adjective), in the Status column.</extracomment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>warden::SignInDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>warden::TemporaryPasswordDialog</name>
    <message>
        <source>Give %1 this temporary password by a separate, trusted channel:</source>
        <translation>Transmettez à %1 ce mot de passe temporaire par un canal séparé et sûr :</translation>
    </message>
</context>
</TS>

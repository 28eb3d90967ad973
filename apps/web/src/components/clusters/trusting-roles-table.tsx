import { DataGrid, Td, Th } from "@/components/ui/data-grid";

type Role = {
  id: string;
  arn: string;
  name: string;
  accountId: string;
  providerArn: string;
  subjects: string[];
  audiences: string;
};

export function TrustingRolesTable({ roles, empty }: { roles: Role[]; empty: string }) {
  if (roles.length === 0) return <p className="text-slate-500">{empty}</p>;
  return (
    <DataGrid
      label="Roles trusting this issuer"
      head={
        <tr>
          <Th>Role</Th>
          <Th>Who can assume it</Th>
          <Th>Audience</Th>
          <Th>Through provider</Th>
        </tr>
      }
    >
      {roles.map((r) => (
        <tr key={`${r.id}-${r.providerArn}`}>
          <Td>
            <span className="block font-medium text-slate-900">{r.name}</span>
            <span className="font-mono text-xs text-slate-500">{r.accountId}</span>
          </Td>
          <Td className="text-slate-700">{r.subjects.join("; ")}</Td>
          <Td className="text-xs text-slate-600">{r.audiences}</Td>
          <Td className="max-w-96 break-all font-mono text-xs text-slate-500">{r.providerArn}</Td>
        </tr>
      ))}
    </DataGrid>
  );
}

// PROVISIONAL until the generator lands (replaced by the generated file).
export type Format = "text" | "amount" | "integer" | "percent" | "date" | "iban" | "country" | "email" | "phone" | "plz" | "boolean" | "enum";
export type Node = {
  description?: string;
  deprecated?: boolean;
  ref?: string;
  type?: "object" | "array" | "string" | "integer" | "number" | "boolean";
  properties?: { [name: string]: Node };
  required?: string[];
  variant?: { selector: string; cases: { [value: string]: string | null } };
  items?: Node;
  maxItems?: number;
  format?: Format;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
};
export type Catalog = { contract: string; root: string; defs: { [name: string]: Node } };

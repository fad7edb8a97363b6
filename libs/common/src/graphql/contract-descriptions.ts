import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type ASTNode,
  type DefinitionNode,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type Token,
  TokenKind,
} from 'graphql';

/** The contract's files, in the order they make the contract (the practice file extends the core one). */
export const CONTRACT_FILES = ['sidos-core.graphql', 'sidos-practice.graphql'];

/**
 * The contract folder: `contract/` of the repository, looked for upwards from this file (libs/common/src/graphql
 * in the tests, dist/libs/common/src/graphql in a build; the Docker image copies it beside dist). CONTRACT_DIR overrides.
 */
export function contractDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.CONTRACT_DIR) return environment.CONTRACT_DIR;
  for (let folder = import.meta.dirname; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'contract', CONTRACT_FILES[0]))) return join(folder, 'contract');
    if (dirname(folder) === folder) throw new Error('The API contract (contract/sidos-core.graphql) was not found: set CONTRACT_DIR');
  }
}

export function readContractSources(folder = contractDirectory()): string[] {
  return CONTRACT_FILES.map((file) => readFileSync(join(folder, file), 'utf8'));
}

/**
 * The contract's comments as descriptions: by schema coordinate ("Type", "Type.field", "Type.field(argument:)",
 * "Enum.VALUE"), a `"""` description or the `#` lines right above a definition (no blank line between) and the
 * `#` comment at the end of its line; `schema` holds the comments that describe no definition (the files'
 * headers and section titles), in file order.
 */
export interface ContractDescriptions {
  byCoordinate: Map<string, string>;
  schema: string[];
}

export function contractDescriptions(sources: string[]): ContractDescriptions {
  const byCoordinate = new Map<string, string>();
  const used = new Set<Token>();
  const add = (coordinate: string, node: ASTNode & { description?: { value: string } }, trailing: boolean) => {
    const text = [node.description?.value, commentsOf(node, trailing, used)].filter(Boolean).join('\n\n');
    if (!text) return;
    const existing = byCoordinate.get(coordinate);
    byCoordinate.set(coordinate, existing ? `${existing}\n\n${text}` : text);
  };
  const schema: string[] = [];
  for (const source of sources) {
    const document = parse(source);
    for (const definition of document.definitions) describeDefinition(definition, add);
    // Every comment that describes no definition goes to the schema's description.
    let block: string[] = [];
    for (let token: Token | null = document.loc!.startToken; token; token = token.next) {
      if (token.kind === TokenKind.COMMENT && !used.has(token)) block.push(commentText(token));
      else if (block.length > 0 && token.kind !== TokenKind.COMMENT) {
        schema.push(block.join('\n').trim());
        block = [];
      }
    }
    if (block.length > 0) schema.push(block.join('\n').trim());
  }
  return { byCoordinate, schema: schema.filter(Boolean) };
}

type Describe = (coordinate: string, node: ASTNode & { description?: { value: string } }, trailing: boolean) => void;

function describeDefinition(definition: DefinitionNode, add: Describe): void {
  if (!('name' in definition) || !definition.name) return;
  const type = definition.name.value;
  // A type's trailing comment would be the one after its closing brace: only its leading lines describe it.
  if (definition.kind !== Kind.DIRECTIVE_DEFINITION) add(type, definition, definition.kind === Kind.SCALAR_TYPE_DEFINITION);
  if ('fields' in definition && definition.fields) {
    for (const field of definition.fields) {
      add(`${type}.${field.name.value}`, field, true);
      if ('arguments' in field && field.arguments)
        for (const argument of field.arguments) add(`${type}.${field.name.value}(${argument.name.value}:)`, argument, false);
    }
  }
  if ('values' in definition && definition.values) for (const value of definition.values) add(`${type}.${value.name.value}`, value, true);
}

/** The `#` lines right above a node (each the first token of its line, without a blank line), and the one ending its line. */
function commentsOf(node: ASTNode, trailing: boolean, used: Set<Token>): string {
  const lines: string[] = [];
  const start = node.loc!.startToken;
  let expectedLine = start.line - 1;
  for (let token = start.prev; token && token.kind === TokenKind.COMMENT && token.line === expectedLine; token = token.prev) {
    if (token.prev && token.prev.kind !== TokenKind.SOF && token.prev.line === token.line) break; // ends another definition's line
    lines.unshift(commentText(token));
    used.add(token);
    expectedLine -= 1;
  }
  const end = node.loc!.endToken;
  if (trailing && end.next?.kind === TokenKind.COMMENT && end.next.line === end.line) {
    lines.push(commentText(end.next));
    used.add(end.next);
  }
  return lines.join('\n').trim();
}

function commentText(token: Token): string {
  return (token.value ?? '').replace(/^ /, '');
}

/**
 * Gives the served schema the contract's descriptions (in place: it is the schema being built): each type,
 * field, argument, input field and enum value that the contract comments on gets that comment; the
 * comments on no definition make the schema's description. Anything the contract does not comment on keeps
 * the description its code gives.
 */
export function describeFromContract(schema: GraphQLSchema, descriptions: ContractDescriptions): GraphQLSchema {
  if (descriptions.schema.length > 0) schema.description = descriptions.schema.join('\n\n');
  for (const [coordinate, description] of descriptions.byCoordinate) {
    const element = schemaElement(schema, coordinate);
    if (element) element.description = description;
  }
  return schema;
}

function schemaElement(schema: GraphQLSchema, coordinate: string): { description?: string | null } | undefined {
  const match = /^([^.]+)(?:\.([^(]+)(?:\(([^:]+):\))?)?$/.exec(coordinate);
  if (!match) return undefined;
  const [, typeName, memberName, argumentName] = match;
  const type = schema.getType(typeName);
  if (!type || !memberName) return type ?? undefined;
  if (isEnumType(type)) return type.getValue(memberName) ?? undefined;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[memberName];
    if (!field || !argumentName) return field;
    return 'args' in field ? field.args.find((argument) => argument.name === argumentName) : undefined;
  }
  return undefined;
}
